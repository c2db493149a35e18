declare module 'virtual:crocus-reader/share-card-settings' {
  const settings: import('./integration').ShareCardSettings;
  export default settings;
}
