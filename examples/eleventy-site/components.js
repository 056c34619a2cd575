// The elements @lit-labs/eleventy-plugin-lit renders wherever the page output uses them (here the
// badge, which Markdown prose writes as a tag with attributes). The package is imported by its
// name: inside this repository Node's package self-reference resolves it to the built dist/, and
// in a site of your own to node_modules/fact-verdict.
import 'fact-verdict/fact-verdict-badge.js';
