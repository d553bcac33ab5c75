// @ts-check
// A config is code: linkcheck reads its literal values only.

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Test site',
  url: 'https://docs.example.test',
  baseUrl: '/',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: require.resolve('./sidebars.js'),
          routeBasePath: 'docs',
        },
        blog: {
          showReadingTime: true,
        },
      }),
    ],
  ],
};

module.exports = config;
