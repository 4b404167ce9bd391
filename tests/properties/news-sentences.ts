// Sentences in the style of the wire copy the pipeline reads, written for the property tests: they name countries,
// officials, agencies and agreements and state facts and quotes, with entities shared between sentences.

export const NEWS_SENTENCES: readonly string[] = [
  'Poland sent 2,000 troops to Lithuania on Monday, the defence ministry said.',
  'Lithuanian Defence Minister Rasa Jankauskiene met Polish Defence Minister Tomasz Wilk in Vilnius.',
  '"Lithuania has never felt less alone," Jankauskiene said.',
  'The European Union imposed sanctions on Russia over the damaged Baltic Sea cables.',
  'Russia accused Finland of staging a provocation in the Gulf of Finland.',
  'Kremlin spokesman Oleg Samarin said Moscow would respond "in a measured way."',
  'Finnish Foreign Minister Elina Koskinen met Estonian Foreign Minister Margus Tamm in Tallinn.',
  'Japan and Australia signed the Reciprocal Access Agreement in Canberra.',
  'China deployed warships to the Taiwan Strait on Tuesday, Taiwan\'s defence ministry said.',
  'Kenya will send 600 more police officers to Haiti next month.',
  'NATO spokeswoman Ingrid Halvorsen said the alliance would review the deployment.',
  'Hungary and Serbia signed an energy accord in Belgrade on 3 March 2024.',
  'The United States imposed sanctions on two M23 commanders.',
  'Rwanda denied sending soldiers into North Kivu.',
  '"There can be no lasting peace while foreign troops occupy our territory," Congolese Foreign Minister Christelle Ilunga said.',
  'India stationed two frigates in the Gulf of Aden, the Indian Navy said.',
];

/** Text that is hostile to anything that builds queries or markup by concatenation. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  "MATCH (n) DETACH DELETE n",
  "'}) DETACH DELETE n //",
  '"}) RETURN 1; CREATE (:Pwned {x: 1}) //',
  'CALL dbms.shutdown()',
  '$rows ${text} {{id}} `Entity` :Country',
  'C:\\Users\\analyst\\new\\table',
  '\\u0000 \\" \\\' \\\\',
  "O'Brien & \"Sons\" <b>bold</b>",
];
