export const SITE_NAME = 'Crocus Reader';

export const SITE_DESCRIPTION =
  'Two pieces on the March 2024 terrorist attack on Crocus City Hall near Moscow, kept as faithful copies and read with their claims annotated, checked and sourced.';
