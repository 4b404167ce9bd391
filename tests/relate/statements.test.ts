// Statement forms, sentence by sentence: who said what.
import { createExtractor } from '../../src/pipeline/extract-article.js';

const extract = createExtractor();

/** The names of the speakers of a text's statements, in order. */
function speakers(text: string): (string | undefined)[] {
  const x = extract({ id: 't', text });
  return x.statements.map((s) => x.entities.find((e) => e.id === s.speaker)?.name);
}

function said(text: string): string[] {
  const x = extract({ id: 't', text });
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.statements.map((s) => `${name(s.speaker)}: ${s.quote}`);
}

describe('statements', () => {
  test('a curly quote followed by "X said"', () => {
    expect(said('“We will not wait for the next provocation,” Polish Defence Minister Tomasz Wilk said.')).toContain(
      'Tomasz Wilk: We will not wait for the next provocation',
    );
  });

  test('a straight quote with the speaker before it', () => {
    expect(said('NATO Secretary General Jens Stoltenberg stated he would "count on Hungary to ratify."')).toContain('Jens Stoltenberg: count on Hungary to ratify');
  });

  test('a quote split around "she said" gives both parts to the speaker named before', () => {
    const out = said('A NATO spokeswoman, Ingrid Halvorsen, welcomed it. "Deterrence works," she said, "when allies act quickly."');
    expect(out).toContain('Ingrid Halvorsen: Deterrence works');
    expect(out).toContain('Ingrid Halvorsen: when allies act quickly');
  });

  test('reported speech after "said that"', () => {
    expect(said('Lithuanian Defence Minister Rasa Jankauskiene said that the alliance welcomed the decision.')).toContain(
      'Rasa Jankauskiene: the alliance welcomed the decision',
    );
  });

  test('"according to X" attributes the clause before it', () => {
    expect(said('The mission is the largest in a decade, according to Defence Minister Tomasz Wilk.')).toContain(
      'Tomasz Wilk: The mission is the largest in a decade',
    );
  });

  test('a news outlet relaying words is not their speaker', () => {
    const out = said('Seoul said the move was dangerous, Yonhap reported.');
    expect(out.some((s) => s.startsWith('Yonhap'))).toBe(false);
  });

  test('the quote is verbatim text at its offsets', () => {
    const text = 'Chancellor Olaf Brandt said: “It is a historic day for Europe.”';
    const x = extract({ id: 't', text });
    for (const s of x.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
    expect(x.statements).toHaveLength(1);
  });

  test('a quote fragment inside a reported clause takes the whole clause when the clause goes on after it', () => {
    expect(said('Chilean President Gabriel Boric, the youngest leader in the country’s history and a former student activist, said that the reforms had “finally buried” the old constitution.')).toContain(
      'Gabriel Boric: the reforms had “finally buried” the old constitution',
    );
  });

  test('a quote that ends the reported clause is the statement alone', () => {
    expect(said('Polish President Andrzej Duda said the exercise was “a clear message to Moscow.”')).toContain('Andrzej Duda: a clear message to Moscow');
  });

  test('"..., according to X" after a quote fragment gives X the whole report', () => {
    const out = said('Finnish President Alexander Stubb is set to announce a “new chapter” in ties with Estonia on Friday, according to the Finnish Foreign Ministry.');
    expect(out.some((s) => s.endsWith('is set to announce a “new chapter” in ties with Estonia on Friday'))).toBe(true);
  });

  test('a quoted speech runs on into the next paragraph', () => {
    const out = said('“We are ready,” said Kenyan President William Ruto.\n“Our troops will leave next week.”');
    expect(out).toContain('William Ruto: Our troops will leave next week');
  });

  test('"CLAUSE, he added." takes the speaker last named', () => {
    const out = said('Nigerian Army spokesman Onyema Nwachukwu spoke on Monday. Twelve fighters were captured, he added.');
    expect(out).toContain('Onyema Nwachukwu: Twelve fighters were captured');
  });

  test('two speakers in one sentence each say their clause', () => {
    const out = said('Egypt said the dam threatened its water supply, and Ethiopia said such claims were baseless.');
    expect(out).toContain('Egypt: the dam threatened its water supply');
    expect(out).toContain('Ethiopia: such claims were baseless');
  });

  test('a contrast after ", while" is the writer’s, not the speaker’s', () => {
    expect(said('Serbia had long demanded that Kosovo dissolve its police units, while Kosovo wanted to keep them.')).toContain('Serbia: Kosovo dissolve its police units');
  });

  test('a quoted name, an act and a bare addressee are not statements', () => {
    expect(said('The three states formed a bloc they named the “Alliance of Andean States”.')).toEqual([]);
    expect(said('The Philippine Foreign Ministry responded by summoning the Chinese ambassador.')).toEqual([]);
    expect(said('Mali announced its withdrawal from the court.')).toEqual([]);
    expect(said('Sudan has denied sending weapons to the rebels.')).toEqual([]);
    expect(said('Two officials told Reuters on Friday.')).toEqual([]);
  });

  test('"told X" with a clause and without "that" is a statement', () => {
    expect(said('Japanese Defence Minister Minoru Kihara told reporters there had been no contact with Beijing.')).toContain(
      'Minoru Kihara: there had been no contact with Beijing',
    );
  });

  test('an outlet’s own report is its statement; relayed words are not', () => {
    expect(said('The ship eventually reached port, The Guardian reported.')).toContain('The Guardian: The ship eventually reached port');
    expect(said('The Xinhua news agency reported that the minister resigned.').some((s) => s.endsWith('the minister resigned'))).toBe(true);
  });

  test('a quote nested in words already reported whole is not a second statement', () => {
    const out = said('“We reject this,” Kremlin spokesman Dmitry Peskov told reporters, adding that Moscow would respond "in a measured way."');
    expect(out.filter((s) => s.endsWith('in a measured way'))).toEqual([]);
    expect(out.some((s) => s.startsWith('Dmitry Peskov: Moscow would respond'))).toBe(true);
  });

  test('a body described by a relative clause is the speaker of the verb after it', () => {
    const out = said('The European Commission, which has urged members to cut Russian gas imports, said it would examine the project.');
    expect(out).toContain('European Commission: it would examine the project');
  });

  test('"according to Serbia’s Ministry of Energy" names the ministry', () => {
    const out = said("Construction will begin next spring, according to Serbia's Ministry of Mining and Energy.");
    expect(out.some((s) => s.startsWith('Ministry of Mining and Energy:'))).toBe(true);
  });

  test('a dateline is no part of what was said', () => {
    expect(said('NAIROBI — Kenya will send 400 police officers to Haiti next month, the Kenyan government said.')).toContain(
      'Kenya: Kenya will send 400 police officers to Haiti next month',
    );
  });

  test('"Indian officials said" is the state speaking', () => {
    expect(said('Senior Indian officials said the border talks had failed.')).toContain('India: the border talks had failed');
  });

  test('a participle after a comma shares the main clause’s speaker', () => {
    expect(said('VILNIUS, Lithuania — Lithuanian Defence Minister Rasa Jankauskiene welcomed the troops Poland sent to Lithuania, calling their arrival “a clear message to Moscow.”')).toContain(
      'Rasa Jankauskiene: a clear message to Moscow',
    );
  });

  test('a state before a verbless apposition is the speaker', () => {
    expect(said("The United States, Taiwan's main arms supplier, said it was monitoring the situation.")).toContain('United States: it was monitoring the situation');
  });

  test('a quote in mid-clause belongs to the verb before it, not to a label after it', () => {
    const out = said('The Eastern Theater Command said the drills were a "stern warning" to what it called separatist forces.');
    expect(out.some((s) => s.includes('the drills were a "stern warning" to what it called separatist forces'))).toBe(true);
  });

  test('the clause around a quote stops before the speaker’s next act', () => {
    const out = said('Polish Defence Minister Tomasz Wilk said the troops would stay “for as long as it takes” and repeated his warning to Minsk.');
    expect(out).toContain('Tomasz Wilk: the troops would stay “for as long as it takes”');
  });

  test('"United States" holds no speech verb', () => {
    expect(said('State Department spokesman Mark Ellison said that the United States was “deeply concerned” by the drills and called on Beijing to stop.')).toEqual([
      'Mark Ellison: the United States was “deeply concerned” by the drills and called on Beijing to stop',
    ]);
  });

  test('"A and the B urged ..." gives both the words', () => {
    const out = said('Japan and the United States on Sunday urged China to show restraint.');
    expect(out).toContain('Japan: China to show restraint');
    expect(out).toContain('United States: China to show restraint');
  });

  test('a second predicate’s words belong to the sentence’s subject, through its title', () => {
    const out = said('NATO leader Mark Rutte described the move as “a dangerous escalation” and described it as “a sign of weakness.”');
    expect(out).toContain('Mark Rutte: a sign of weakness');
    expect(out.some((s) => s.startsWith('North Atlantic Treaty Organization:'))).toBe(false);
  });

  test('"according to X." does not reach into the next sentence for a person', () => {
    const out = said('Gangs control most of the capital, according to the International Organization for Migration.\n\nOtieno spoke after the meeting.');
    expect(out).toContain('International Organization for Migration: Gangs control most of the capital');
  });

  test('a participle’s speaker is the body its country owns, not the clause’s subject after it', () => {
    expect(said("China's Foreign Ministry rejected the criticism, saying Taiwan was an internal affair.")).toContain('Foreign Ministry (China): Taiwan was an internal affair');
  });

  test('"pledged $60 million" is an act; "pledged to" reports words', () => {
    expect(said('The United States pledged another $60 million last week.')).toEqual([]);
  });

  test('a dateline with a country after the city is trimmed too', () => {
    expect(said('NAIROBI, Kenya — Kenya will send more police officers to Haiti, Interior Minister Samuel Otieno said on Monday.')).toContain(
      'Samuel Otieno: Kenya will send more police officers to Haiti',
    );
  });

  test('"CLAUSE, Title Name told reporters in Berlin." gives the whole clause to the person', () => {
    const out = said('Germany pledged to deliver two more Patriot batteries, Defense Minister Boris Pistorius told reporters in Berlin.');
    expect(out).toEqual(['Boris Pistorius: Germany pledged to deliver two more Patriot batteries']);
  });

  test('"..., X said Thursday." and a dateline with an agency mark', () => {
    const out = said('KYIV, Ukraine (AP) — Russia launched drones at Ukraine overnight, Ukrainian President Volodymyr Zelenskyy said Thursday.');
    expect(out).toContain('Volodymyr Zelenskyy: Russia launched drones at Ukraine overnight');
  });

  test('reported speech after a sentence’s last quote', () => {
    const out = said('Kremlin spokesman Dmitry Peskov called the loan "theft" and warned that Moscow would retaliate.');
    expect(out).toContain('Dmitry Peskov: Moscow would retaliate');
  });

  test('a participle clause after the reported words is the writer’s', () => {
    const out = said('The Treasury said two companies had supplied drone parts to Russia, escalating pressure on Tehran.');
    expect(out.some((s) => s.endsWith('had supplied drone parts to Russia'))).toBe(true);
  });

  test('"Iran’s foreign ministry spokesman X condemned ... and denied that ..." is X’s denial', () => {
    const out = said('Iran\'s foreign ministry spokesman Esmaeil Baghaei condemned the sanctions as "illegal" and denied that Tehran had sent drones to Russia.');
    expect(out).toContain('Esmaeil Baghaei: Tehran had sent drones to Russia');
  });

  test('"admitted X as a member" is no statement, and a dateline never speaks', () => {
    expect(said('JAKARTA, Indonesia — Foreign ministers on Thursday admitted Timor-Leste as the 11th member of the bloc.')).toEqual([]);
  });

  test('"accused X of A and said B": two statements by the person after the demonym and title', () => {
    const out = said("Somali President Hassan Sheikh Mohamud accused Addis Ababa of violating his country's sovereignty and said Mogadishu would expel the ambassador.");
    expect(out).toContain("Hassan Sheikh Mohamud: violating his country's sovereignty");
    expect(out).toContain('Hassan Sheikh Mohamud: Mogadishu would expel the ambassador');
  });

  test('"“...,” the statement said" goes to whoever issued the statement before it', () => {
    const out = said('The strikes hit eight sites across Yemen, the United States and Britain said in a joint statement.\n"The attacks demand an international response," the statement said.');
    expect(out).toContain('United States: The attacks demand an international response');
    expect(out).toContain('United Kingdom: The attacks demand an international response');
  });

  test('"According to the two governments, ..." gives the words to the last two states named', () => {
    const out = said('Japan and South Korea held talks in Seoul. According to the two governments, the leaders agreed to resume military contacts.');
    expect(out).toContain('Japan: the leaders agreed to resume military contacts');
    expect(out).toContain('South Korea: the leaders agreed to resume military contacts');
  });

  test('"..., the two governments said" and "X’s foreign minister, Y, ... and said"', () => {
    const out = said('Colombia and Venezuela agreed on Friday to reopen their border, the two governments said in a joint statement. Brazil\'s foreign minister, Mauro Vieira, welcomed the agreement and said Brasilia was ready to help.');
    expect(out).toContain('Colombia: Colombia and Venezuela agreed on Friday to reopen their border');
    expect(out).toContain('Venezuela: Colombia and Venezuela agreed on Friday to reopen their border');
    expect(out).toContain('Mauro Vieira: Brasilia was ready to help');
  });

  test('"X, who is due in Washington, urged Washington to ..." is X’s; "urged Washington" names the one urged', () => {
    const out = said('Ukrainian President Volodymyr Zelenskyy, who is due at the White House on Friday, urged Washington to supply more missiles.');
    expect(out).toContain('Volodymyr Zelenskyy: Washington to supply more missiles');
    expect(out.some((s) => s.startsWith('United States:'))).toBe(false);
  });

  test('"a charge New Delhi rejected as “baseless”" is New Delhi’s word', () => {
    const out = said('Pakistan accused India of backing militants, a charge New Delhi rejected as "baseless."');
    expect(out).toContain('India: baseless');
  });

  test('"CLAUSE, Title Name said last week": a time adjunct after the verb is no clause; lowercase titles belong to the speaker', () => {
    expect(said('Germany has pledged a third air defence battery, Defence Minister Tomasz Wilk said last week.')).toEqual([
      'Tomasz Wilk: Germany has pledged a third air defence battery',
    ]);
    expect(said('Russia will respond to the attack, Kremlin spokesman Dmitry Peskov said yesterday.')).toEqual(['Dmitry Peskov: Russia will respond to the attack']);
  });

  test('a second speech verb takes the subject after a dateline of place, country and agency', () => {
    const out = said('WARSAW, Poland (AP) — Polish Foreign Minister Anna Kowalczyk accused Belarus of staging the crossings and said Poland would close two more border posts.');
    expect(out).toContain('Anna Kowalczyk: Poland would close two more border posts');
  });

  test('after a labelling quote, "and said CLAUSE" is said too, by the titled person who opens the sentence', () => {
    const out = said('Foreign Minister Anna Kowalczyk rejected the decision as "a provocation" and said Warsaw would respond.');
    expect(out).toContain('Anna Kowalczyk: a provocation');
    expect(out).toContain('Anna Kowalczyk: Warsaw would respond');
  });

  test('"CLAUSE, Country\'s spy agency said": the clause is the state’s, through its own body', () => {
    expect(said('Exports of rice fell sharply in March, Vietnam\'s customs agency said.')).toEqual(['Vietnam: Exports of rice fell sharply in March']);
  });

  test('"..., the foreign ministries of both countries said": the clause is both states’', () => {
    const out = said('Kenya and Ethiopia agreed on Tuesday to reopen their border, the foreign ministries of both countries said in a joint statement.');
    expect(out).toEqual(['Kenya: Kenya and Ethiopia agreed on Tuesday to reopen their border', 'Ethiopia: Kenya and Ethiopia agreed on Tuesday to reopen their border']);
  });

  test('a list of states before a verbless apposition all speak', () => {
    const out = said('Chad and Sudan, both neighbours of Libya, warned that any foreign intervention would be considered a declaration of war.');
    expect(out).toEqual([
      'Chad: any foreign intervention would be considered a declaration of war',
      'Sudan: any foreign intervention would be considered a declaration of war',
    ]);
  });

  test('"CLAUSE, a German government spokesman said": an unnamed voice of a state is the state', () => {
    expect(said('The two leaders also discussed trade, a German government spokesman said.')).toEqual(['Germany: The two leaders also discussed trade']);
    expect(said('Talks will resume next week in Geneva, a senior Polish official said.')).toEqual(['Poland: Talks will resume next week in Geneva']);
  });

  test('"CLAUSE, the Pentagon said on Monday, as X happened": the clause is the Pentagon’s', () => {
    const out = said('SEOUL, South Korea — South Korea and the United States will hold joint exercises next month, the Pentagon said on Monday, as North Korea tested another missile.');
    expect(out).toContain('Pentagon: South Korea and the United States will hold joint exercises next month');
  });

  test('a negated or withheld speech verb reports nothing: "did not say", "declined to say"', () => {
    const out = said('Government spokesman Dawit Alemu said Eritrean forces had moved near the town. He did not say how many soldiers were involved. The ministry declined to say whether Ethiopia would respond.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/Eritrean forces had moved near the town$/);
  });

  test('words after a speech verb with no verb of their own report no clause ("which China claims almost in its entirety")', () => {
    expect(said('Manila and Beijing have clashed over the shoal in the South China Sea, which China claims almost in its entirety.')).toEqual([]);
  });

  test('"CLAUSE, X said on Saturday, calling ..." and "..., a step towards ...": the clause before the attribution is said', () => {
    expect(said('Poland will spend billions fortifying its borders, Prime Minister Jan Nowicki said on Saturday, calling the project an investment in peace.')).toContain(
      'Jan Nowicki: Poland will spend billions fortifying its borders',
    );
    expect(said("India and China have reached an agreement on patrolling the border, India's foreign secretary said on Monday, a step towards ending the standoff.")).toEqual([
      'India: India and China have reached an agreement on patrolling the border',
    ]);
  });

  test('"CLAUSE, X said, adding that CLAUSE": both clauses are X\'s', () => {
    expect(said('The exchange will open next year, Euronext said, adding that regulators had been informed of its plans.')).toEqual([
      'Euronext: The exchange will open next year',
      'Euronext: regulators had been informed of its plans',
    ]);
  });

  test('"The opposition, the Labour Party, says ...": an apposition that only names the speaker is the speaker', () => {
    expect(said('The opposition, the Labour Party, says the agreement would give the church too much influence.')).toEqual([
      'Labour Party: the agreement would give the church too much influence',
    ]);
  });

  test('the place a body or official sits in does not speak ("China\'s embassy in Washington said", "A U.N. official in Baghdad said")', () => {
    expect(said("China's embassy in Washington said it firmly opposed the sanctions.")).toEqual(['Embassy of China in Washington: it firmly opposed the sanctions']);
    expect(said('A U.N. official in Baghdad said the militia had taken control of the city.')).toEqual(['United Nations: the militia had taken control of the city']);
    expect(said('The Moroccan embassy said the student had been about to submit his doctorate.')).toEqual(['Embassy of Morocco: the student had been about to submit his doctorate']);
  });

  test('a participle with an object is the reported clause\'s verb, not a reduced relative ("the targets included firms ... that had")', () => {
    expect(said('The Treasury said the targets included firms in China that had supplied Moscow with machine tools.')).toEqual([
      'United States Department of the Treasury: the targets included firms in China that had supplied Moscow with machine tools',
    ]);
  });

  test('"X\'s ambassador to the U.N., NAME, thanked the council and said ...": the ambassador speaks', () => {
    expect(said("South Sudan's ambassador to the U.N., Akuei Bona Malwal, thanked the council and said his government was committed to holding elections.")).toEqual([
      'Akuei Bona Malwal: his government was committed to holding elections',
    ]);
  });

  test('a passive speech verb is no statement by its subject ("was declared the winner")', () => {
    expect(said('Maduro was declared the winner with 51% of the vote by the National Electoral Council.')).toEqual([]);
  });

  test('"CLAUSE, X said in a joint statement on Thursday after talks in Nairobi.": a tail of adjuncts leaves the clause X\'s', () => {
    expect(said('Kenya and Somalia have agreed to resume direct flights, the two governments said in a joint statement on Thursday after talks in Nairobi.')).toEqual([
      'Kenya: Kenya and Somalia have agreed to resume direct flights',
      'Somalia: Kenya and Somalia have agreed to resume direct flights',
    ]);
  });

  test('a state\'s police, army or officials speak for it ("Italian police said", "a Somali military official said")', () => {
    expect(said('Italian police said on Thursday they had arrested five people.')).toEqual(['Italy: they had arrested five people']);
    expect(said('Fighters attacked a base in the south, killing ten soldiers, a Somali military official said.')).toEqual([
      'Somalia: Fighters attacked a base in the south, killing ten soldiers',
    ]);
  });

  test('a state body named bare speaks for the state the story was filed from, and "it" after "said that" is the body', () => {
    const caracas = said('CARACAS, Venezuela (AP) — Venezuela ordered diplomats from Peru to leave.\n\nThe foreign ministry said in a statement that it rejected “the interventionist statements of a group of governments”.');
    expect(caracas).toEqual(['Venezuela: the interventionist statements of a group of governments']);
    expect(said('BERLIN (Reuters) — Germany will send aid. The minister will travel to Kyiv next week, the defence ministry said.')).toEqual([
      'Germany: The minister will travel to Kyiv next week',
    ]);
    expect(said('The minister will travel to Kyiv next week, the defence ministry said.')).toEqual([]);
  });

  test('"added a second from the penalty spot before X sealed the win": an object, not words', () => {
    expect(said('The Poland striker opened the scoring and added a second from the penalty spot before Raphinha sealed the win.')).toEqual([]);
  });

  test('"he said" after a quote is not someone named inside the quote', () => {
    expect(said('Foreign Secretary David Cameron spoke in London. "Putin\'s regime is afraid of the truth," he said.')).toEqual([
      "David Cameron: Putin's regime is afraid of the truth",
    ]);
  });

  test('"Thailand\'s army said": the state\'s army speaks, not the one official the article names there', () => {
    expect(said("Thai Prime Minister Paetongtarn Shinawatra spoke. Thailand's army said Cambodian forces had fired rockets at a village.")).toEqual([
      'Army (Thailand): Cambodian forces had fired rockets at a village',
    ]);
  });

  test('"it" is the subject of the clause before it, not a preposition\'s object nearer to it', () => {
    expect(said('Lai spoke a day after Beijing ended drills around Taiwan that it called punishment for “separatist acts”.')).toEqual(['China: separatist acts']);
  });

  test('"declared a “no limits” partnership weeks before Russia invaded Ukraine": an object with a quoted word is no clause', () => {
    expect(said('Beijing and Moscow declared a “no limits” partnership weeks before Russia invaded Ukraine in 2022.')).toEqual([]);
  });

  test('"CLAUSE, X said, the latest show of ...": the writer\'s comment after the attribution leaves the clause X\'s', () => {
    expect(said("China and Russia began joint naval exercises on Sunday, China's defence ministry said, the latest show of military cooperation.")).toEqual([
      'China: China and Russia began joint naval exercises on Sunday',
    ]);
  });

  test('a subordinate clause with a verb of its own does not make words a clause; a clause may go on after it', () => {
    expect(said('Funar said the players, before the match began, had signed the contract.')).toEqual(['Funar: the players, before the match began, had signed the contract']);
  });

  test('"..., the spokesman said.": no name before the unnamed speaker speaks; bare leaders speak for nobody', () => {
    expect(said('She smuggled heroin from Turkey to Antwerp, from where it was taken to Spain and France, the spokesman said.')).toEqual([]);
    expect(said('WARSAW, Poland — Talks will resume in Geneva next week, the leaders said.')).toEqual([]);
  });

  test('"told Indian Prime Minister Narendra Modi CLAUSE": the clause starts after the titled addressee', () => {
    expect(said('Biden told Indian Prime Minister Narendra Modi the deal would create jobs.')).toEqual(['Biden: the deal would create jobs']);
  });
});

test('"warned Berlin against supplying missiles" reports no words; "warned Seoul was considering ..." does', () => {
  const x = extract({ id: 't', text: 'The Kremlin has repeatedly warned Berlin against supplying Taurus cruise missiles.' });
  expect(x.statements).toEqual([]);
  const y = extract({ id: 't', text: "Ukraine's President Volodymyr Zelensky warned Seoul was considering countermeasures." });
  expect(y.statements.map((s) => s.quote)).toEqual(['Seoul was considering countermeasures']);
});

test('"its president, X, said Belarus was ...": a name with a verb of its own after "said" opens the clause, it does not speak', () => {
  const x = extract({ id: 't', text: 'The European Commission met, and its president, Ursula von der Leyen, said Belarus was "instrumentalising" migrants.' });
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  expect(x.statements.map((s) => `${name(s.speaker)}: ${s.quote}`)).toEqual(['Ursula von der Leyen: Belarus was "instrumentalising" migrants']);
});

test('"Its foreign ministry said ...": the body of the state "its" stands for speaks for it', () => {
  const x = extract({ id: 't', text: "Belarus has denied the accusations. Its foreign ministry said the EU's own policies had caused the crisis." });
  expect(x.statements.map((s) => s.speaker)).toEqual(['country:BLR']);
});

test('"said in a televised statement that ...": the clause starts after "that", past an attributive participle', () => {
  const x = extract({ id: 't', text: 'Houthi military spokesman Yahya Saree said in a televised statement that the group had fired missiles at the ship.' });
  expect(x.statements.map((s) => s.quote)).toEqual(['the group had fired missiles at the ship']);
});

test('a sentence-opening "they" is the group that opened a sentence before, and accuses as it', () => {
  const x = extract({ id: 't', text: 'The AES leaders rejected foreign rule. French troops have been expelled from Mali, Niger and Burkina Faso. They also accused ECOWAS of not doing enough to stop the violence.' });
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  expect(x.statements.map((s) => name(s.speaker))).toEqual(['Alliance of Sahel States']);
  expect(x.relations.filter((r) => r.type === 'ACCUSES').map((r) => `${name(r.source)} -> ${name(r.target)}`)).toEqual([
    'Alliance of Sahel States -> Economic Community of West African States',
  ]);
});

test('"CLAUSE, Japan\'s Defence Ministry said", "..., the Polish army\'s Operational Command said": the clause is the owned body\'s', () => {
  const said = (text: string): string[] => {
    const x = extract({ id: 't', text });
    return x.statements.map((s) => `${x.entities.find((e) => e.id === s.speaker)?.name ?? s.speaker}: ${s.quote}`);
  };
  expect(said("Three soldiers were killed in the attack, Japan's Defence Ministry said.")).toEqual(['Defence Ministry (Japan): Three soldiers were killed in the attack']);
  expect(said("Poland scrambled jets, the Polish army's Operational Command said.")).toEqual(['Operational Command: Poland scrambled jets']);
  // ", and vowed to respond" is a second predicate, not "CLAUSE, X said"
  expect(said('Pakistan accused Afghanistan of sheltering militants who attacked a post, and vowed to respond.')).toEqual(['Pakistan: sheltering militants who attacked a post']);
});

test('"accused Belgrade of “destabilising” the region": a quoted word takes what is alleged after "of"; a report "seen by AP" is an adjunct', () => {
  const x = extract({ id: 't', text: 'Kosovo Prime Minister Albin Kurti accused Belgrade of "destabilising" the region.' });
  expect(x.statements.map((s) => s.quote)).toEqual(['"destabilising" the region']);
  const y = extract({ id: 't', text: "Iran has sharply increased its stockpile of uranium, the United Nations' nuclear watchdog said in a confidential report seen by The Associated Press on Saturday." });
  expect(y.statements.map((s) => `${s.speaker}: ${s.quote}`)).toEqual(['org:united-nations: Iran has sharply increased its stockpile of uranium']);
});

test('a long title between a quote and its verb ("“...,” Philippine National Security Council spokesperson Jonathan Malaya told reporters")', () => {
  const x = extract({ id: 't', text: '"This is a dangerous and illegal act," Philippine National Security Council spokesperson Jonathan Malaya told reporters. "We will not be intimidated."' });
  expect(x.statements.map((s) => s.speaker)).toEqual(['person:jonathan-malaya', 'person:jonathan-malaya']);
});

test('"..., a government spokesman said" is the filing state\'s; "..., a spokesman said" is nobody\'s we know', () => {
  const x = extract({ id: 't', text: 'BERLIN (AP) — German Chancellor Olaf Scholz spoke with Vladimir Putin by phone on Friday for the first time in two years, a government spokesman said.' });
  expect(x.statements.map((s) => s.speaker)).toEqual(['country:DEU']);
  const y = extract({ id: 't', text: 'Israeli President Ezer Weizman consulted on Sunday with Prime Minister Benjamin Netanyahu, a spokesman said.' });
  expect(y.statements).toEqual([]);
});

test('"CLAUSE, India\'s foreign secretary Vikram Misri told reporters": the trailing attribution ends the clause of a speech verb inside it', () => {
  const x = extract({ id: 't', text: "Modi urged Bangladesh to protect its Hindu minority, India's foreign secretary Vikram Misri told reporters." });
  expect(x.statements.map((s) => `${s.speaker}: ${s.quote}`)).toEqual(['person:vikram-misri: Modi urged Bangladesh to protect its Hindu minority']);
});

test('"CLAUSE, South Korea\'s military said, hours before Blinken arrived": a time noun and a subordinator after the attribution', () => {
  const x = extract({ id: 't', text: "North Korea fired a ballistic missile on Thursday, South Korea's military said, hours before Antony Blinken arrived in Seoul." });
  expect(x.statements.map((s) => `${s.speaker}: ${s.quote}`)).toEqual(['org:armed-forces-south-korea: North Korea fired a ballistic missile on Thursday']);
});

test('"declared an emergency along its border" reports nothing; "declared an “internal armed conflict”" quotes only the words; "declared he would ..." reports the clause', () => {
  const said = (text: string): string[] => extract({ id: 't', text }).statements.map((s) => s.quote);
  expect(said('Peru declared an emergency along its border with Ecuador and sent troops to reinforce it.')).toEqual([]);
  expect(said('Ecuador\'s President Daniel Noboa declared an "internal armed conflict" on Tuesday after gunmen stormed a TV station.')).toEqual(['internal armed conflict']);
  expect(said('Senator Bob Dole declared he would be no water-carrier for the White House.')).toEqual(['he would be no water-carrier for the White House']);
});

test('a quote after "X reported" that relays another\'s words in the sentence is theirs, not the outlet\'s', () => {
  const x = extract({ id: 't', text: "Russia's Defence Ministry said that Ukraine had launched 40 drones overnight “in a desperate move” Interfax reported, with signs of “massive damage” in the region." });
  expect(x.statements.map((s) => `${s.speaker}: ${s.quote}`)).toEqual(['org:defence-ministry-russia: in a desperate move', 'org:defence-ministry-russia: massive damage']);
});

describe('probe round thirty', () => {
  const name = (x: ReturnType<typeof extract>, id: string): string | undefined => x.entities.find((e) => e.id === id)?.name;

  test('"..., the president added, “...”" is the person last named with that office', () => {
    const x = extract({ id: 't', text: 'The treaty was signed by Tonga\'s prime minister, Sione Fifita. Ties with Canberra, the prime minister added, “are not ending.”' });
    expect(x.statements.map((s) => name(x, s.speaker))).toEqual(['Sione Fifita']);
  });

  test('"a say" is no speech', () => {
    const x = extract({ id: 't', text: 'Nauru, which signed a treaty giving Australia a say over its security deals, also voiced concern.' });
    expect(x.statements).toEqual([]);
  });
});

test('"a provision the government said ..." in a story headlined on a state\'s institutions is that state\'s', () => {
  const x = extract({ id: 't', text: 'Romanian parliament approves base deal\n\nRomanian courts keep jurisdiction over off-duty U.S. personnel, a provision the government said it had fought hard to secure.' });
  expect(x.statements.map((s) => x.entities.find((e) => e.id === s.speaker)?.name)).toEqual(['Romania']);
});

test('"The U.N. special envoy for Libya, Anna Berg, said": the person set off by commas before the verb speaks', () => {
  const x = extract({ id: 't', text: 'The U.N. special envoy for Libya, Anna Berg, said the talks would resume next week.' });
  expect(x.statements.map((s) => x.entities.find((e) => e.id === s.speaker)?.name)).toEqual(['Anna Berg']);
});

test('"X, PERSON, said Kigali “...”" is the person\'s; "“...,” said the minister, PERSON" too', () => {
  expect(speakers('Her Burundian counterpart, Alain Ndayishimiye, said Bujumbura “does not arm any group”.')).toEqual(['Alain Ndayishimiye']);
  expect(speakers('“We will win,” said the minister, Alain Ndayishimiye, on Friday.')).toEqual(['Alain Ndayishimiye']);
});

describe('probe round thirty-one: statements', () => {

  test('", arguing that ..." after a list of states is every one\'s', () => {
    expect(speakers('Chile, Peru and Bolivia all announced their departures, arguing that mines were cheap.')).toEqual(['Chile', 'Peru', 'Bolivia']);
  });

  test('"According to X, who heads the unit, CLAUSE": the clause past the relative one', () => {
    const x = extract({ id: 't', text: "According to Anna Berg, who heads the organisation's arms unit, Ukraine is heavily mined." });
    expect(x.statements.map((s) => s.quote)).toEqual(['Ukraine is heavily mined']);
  });

  test('"..., and the foreign ministry said" is the filing state\'s, not the person before', () => {
    expect(speakers('KYIV, Ukraine — President Volodymyr Zelensky signed the bill, and the foreign ministry said it would notify the U.N.')).toEqual(['Ukraine']);
  });
});

test('"a transport firm accused of busing workers" names no accuser and reports nothing', () => {
  const x = extract({ id: 't', text: 'The companies include Iveria Logistics, a transport firm accused of busing workers to polling stations.' });
  expect(x.statements).toEqual([]);
});

test('"told The Associated Press that ..." reports the clause after the addressee', () => {
  const x = extract({ id: 't', text: "Iraq's oil minister, Hassan Jabbar, told The Associated Press that Baghdad had no intention of leaving." });
  expect(x.statements.map((s) => s.quote)).toEqual(['Baghdad had no intention of leaving']);
});

describe('probe round thirty-two: statements', () => {

  test('"said Orioles team physician Dr. X": past the body and the job to the person', () => {
    expect(speakers('"He is in no danger," said Lakers team physician Dr. Anna Kowalski.')).toEqual(['Anna Kowalski']);
  });

  test('words already given to a speaker are not given again to others ("..., he told reporters, adding that ...")', () => {
    expect(speakers('Ali Rahimi insisted that the role was intact. Oman would keep hosting talks between Washington and Tehran "if both sides want us to," he told reporters, adding that he had briefed his Iranian counterpart.')).toEqual([
      'Ali Rahimi',
      'Ali Rahimi',
      'Ali Rahimi',
    ]);
  });
});

test('"“...,” a charge China\'s foreign ministry dismissed" is the first speaker\'s; a person inside a relative clause before the verb does not speak', () => {
  expect(speakers('Spokesman Dan Price said the United States was "concerned about opaque deals," a charge China\'s foreign ministry dismissed.')).toEqual(['Dan Price']);
  expect(speakers('Foreign Minister Carla Rojas, who signed it alongside China\'s commerce minister, Wang Lihua, called it "the most important opening."')).toEqual(['Carla Rojas']);
});

describe('probe round thirty-three: statements', () => {

  test('"A Burkinabe defence ministry official, who asked not to be named, told Reuters that ..." is the state\'s; "one PLO official, who ..." the body\'s', () => {
    expect(speakers('Moussa Traore met the delegation. A Malian defence ministry official, who asked not to be named, told Reuters that 200 instructors were expected.')).toEqual(['Mali']);
    expect(speakers('Yasser Abed spoke. One PLO official, who requested anonymity, told Reuters that a meeting was possible.')).toEqual(['Palestine Liberation Organization']);
  });

  test('"France, Germany, and Britain said": the comma before the last "and"; "an ambassador to Manila, X" is no list', () => {
    expect(speakers('France, Germany, and Britain said they would act.')).toEqual(['France', 'Germany', 'United Kingdom']);
    expect(speakers("Japan's ambassador to Manila, Kenji Mori, who attended the ceremony, said the pact \"complements\" the alliance.")).toEqual(['Kenji Mori']);
  });
});

test('"..., but officials said that ..." is nobody we know, not the state named before', () => {
  expect(speakers('The United States pledged $150 million and the European Union 20 million euros, but officials said that covered a third of the cost.')).toEqual([]);
});

describe('probe round thirty-eight: statements', () => {
  test('"X, the envoy, alleged at a hearing that ..." is X\'s; "the alleged plot", "Y\'s alleged role" report nothing', () => {
    expect(speakers('Ana Ruiz spoke first. Then Mark Olsen, the envoy for the region, alleged at a hearing in May that Peru was pursuing "coercive diplomacy".')).toEqual(['Mark Olsen']);
    expect(speakers("Police arrested the alleged leader of the plot. Machado's alleged weight problem made the news.")).toEqual([]);
  });
});

test('"X, which suspended its project in 2021, said in January it would restart construction": the clause after the adjunct', () => {
  expect(said('Shell, which suspended its project in 2021 after an attack, said in January it would restart construction.')).toEqual(['Shell: it would restart construction']);
  expect(said('Ethiopia and Somalia agreed to end the dispute, Turkish President Recep Tayyip Erdogan said after mediating talks in Ankara.')).toEqual(['Recep Tayyip Erdogan: Ethiopia and Somalia agreed to end the dispute']);
});

describe('probe round forty: statements', () => {
  test('"promised that ..." reports its clause; "promised to end the fighting" is a commitment, no quote', () => {
    expect(speakers('"We are not for sale," Aaja Berg said. Lars Holm, for his part, promised that Copenhagen would "respect the vote".')).toEqual(['Aaja Berg', 'Lars Holm']);
    expect(said('Donald Trump said both countries had promised to end all fighting.')).toEqual(['Donald Trump: both countries had promised to end all fighting']);
  });

  test('"X (ACR), of which Chad is a founding member, said", "Y, whose ... , argued": the one the relative clause describes', () => {
    expect(speakers('The Economic Community of West African States (ECOWAS), of which Ghana is a founding member, said its leaders would meet.')).toEqual(['Economic Community of West African States']);
    expect(speakers("The rival Kurdistan Democratic Party (KDP), which accuses Iran of supporting the PUK, said its forces had halted an attack.")).toEqual(['Kurdistan Democratic Party']);
  });

  test('"X, Norway\'s defence minister, has said" and "The Union, which pays ..., has said": past the auxiliary to the apposition\'s subject', () => {
    expect(said("Ingrid Haugland, Norway's defence minister, has said Oslo will increase patrol flights.")).toEqual(['Ingrid Haugland: Oslo will increase patrol flights']);
    expect(speakers('The African Union, which pays the allowances through its fund, has said it could cut them.')).toEqual(['African Union']);
  });

  test('a speech word used as a plural noun reports nothing ("its own claims", "Kenya\'s claims", "whose rival claims")', () => {
    expect(speakers('Chile, which has its own claims in the Antarctic, struck a cautious note.')).toEqual([]);
    expect(speakers("Ruto rejected Kenya's claims and said he was a scapegoat.")).toEqual(['Ruto']);
    expect(speakers('Peru, whose rival claims overlap, kept quiet. Chile, whose claims overlap, did too.')).toEqual([]);
  });

  test('"affirmed that", "reaffirmed that" report what follows', () => {
    expect(said('Emir Tamim Al-Thani affirmed that Qatar regards Chile as a strategic partner.')).toEqual(['Tamim Al-Thani: Qatar regards Chile as a strategic partner']);
    expect(said('The minister, Lars Berg, reaffirmed that Norway would keep its troops in Latvia.')).toEqual(['Lars Berg: Norway would keep its troops in Latvia']);
  });
});

describe('probe round forty-one: statements', () => {
  test('"X told reporters that ..., but said ..." is X\'s twice, also past an opening adjunct ("With ..., France voiced ... but said")', () => {
    expect(speakers('Lee Jae-sung told reporters that he had briefed Tanaka Akira, but said the government had not decided.')).toEqual(['Lee Jae-sung', 'Lee Jae-sung']);
    expect(speakers('With the crisis deepening, Belgium voiced support for Kinshasa but said its troops in Congo would not intervene.')).toEqual(['Belgium']);
  });

  test('people opening a relative clause ("a subject that diplomats said ...") are nobody named', () => {
    expect(speakers('The communique did not mention Syria, a subject that diplomats said Moscow had refused to include.')).toEqual([]);
  });
});

describe('probe round forty-one: unnamed voices', () => {
  test('"A NATO official told us ..." is the body\'s, not its one named holder\'s, and "us" is no part of what was said', () => {
    expect(said('NATO Secretary General Ines Moreau arrived early. Later, a NATO official told us the communique had been approved.')).toEqual([
      'North Atlantic Treaty Organization: the communique had been approved',
    ]);
  });
});

describe('probe round forty-one: UN meeting summaries', () => {
  test('"the representative of X, Deputy Permanent Representative Y, said" is Y\'s; "maintained the ceiling at" reports nothing, "maintained that" does', () => {
    expect(speakers('The representative of the Russian Federation, Deputy Permanent Representative Oleg Tarasov, said the text went too far.')).toEqual(['Oleg Tarasov']);
    expect(said('The Council maintained the troop ceiling at 11,500. Chile maintained that the border follows the river.')).toEqual(['Chile: the border follows the river']);
  });
});

describe('probe round forty-one: press releases', () => {
  test('"said Under Secretary of the Treasury for Terrorism and Financial Intelligence X" is X\'s; "added A and B to its sanctions list" reports nothing', () => {
    expect(speakers('"We will use every tool," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Daniel R. Foster.')).toEqual(['Daniel R. Foster']);
    expect(said('On May 2, Ottawa added Polar Avionics and Vector Parts Ltd to its Russia sanctions list.')).toEqual([]);
  });
});

describe('probe round forty-two: statements', () => {
  test('", calling them ..." is the subject\'s, not a person named past its verb; "U.S. Ambassador X applauded ..., saying" stays X\'s', () => {
    expect(speakers("France's Foreign Ministry denied claims that French forces had helped Mensah's loyalists, calling them \"pure disinformation.\"")).toEqual(['Foreign Ministry (France)']);
    expect(speakers('U.S. Ambassador Linda Carver applauded the move, saying it could prompt a review.')).toEqual(['Linda Carver']);
  });
});

test('"X, the defence minister, told lawmakers it was urgent" reports "it was urgent"; "X told Reuters on Thursday." reports nothing', () => {
  expect(said('Presenting the package, Jan Novotny, the defence minister, told lawmakers it was urgent.')).toEqual(['Jan Novotny: it was urgent']);
  expect(said('Jan Novotny told Reuters on Thursday.')).toEqual([]);
});

test('"“Poland,” he said, “has once again shown ...”" is one statement, the part after; "did not confirm reports that ..." reports nothing', () => {
  expect(said('Dmytro Koval watched the vote. "Lithuania," he told reporters afterwards, "has once again shown that it understands this war." He did not confirm reports that Kyiv had also requested jets.')).toEqual([
    'Dmytro Koval: has once again shown that it understands this war',
  ]);
});

test('"“...,” she said in a statement, calling on ..." is hers, not a state named inside her quote; "with the support of X" supports no one', () => {
  const x = extract({ id: 't', text: 'Ingrid Solberg, the UN envoy, welcomed the deal. "I commend the State of Qatar and the Arab Republic of Egypt, with the support of the United States, for their efforts," she said in a statement, calling on donors to "scale up assistance immediately".' });
  const name = (id: string): string | undefined => x.entities.find((e) => e.id === id)?.name;
  expect(x.statements.map((s) => name(s.speaker))).toEqual(['Ingrid Solberg', 'Ingrid Solberg']);
  expect(x.relations.filter((r) => r.type === 'SUPPORTS')).toEqual([]);
});

test('"According to the Syrian Observatory for Human Rights, ..." is the monitor\'s; "would travel to Riyadh to meet X" meets X only in plan', () => {
  expect(said('According to the Syrian Observatory for Human Rights, at least 20 people were killed.')).toEqual(['Syrian Observatory for Human Rights: at least 20 people were killed']);
  const x = extract({ id: 't', text: 'The White House said President Joe Biden would travel to Riyadh next month to meet Crown Prince Mohammed bin Salman.' });
  expect(x.relations.filter((r) => r.type === 'MEETS').map((r) => r.properties?.modality)).toEqual(['hypothetical']);
});

test('"Officials in Seoul said ..." speak for the state of the capital, when the article names it', () => {
  expect(speakers("South Korea's spy agency briefed lawmakers. Officials in Seoul said North Korea had sent about 10,000 troops to Russia.")).toEqual(['South Korea']);
});

test('"the minister stressed" is the minister named last, of two with that title; a byline in capitals names one writer, "By Staff Correspondent" none', () => {
  expect(speakers('Dutch Defence Minister Pieter Kuipers met his Belgian counterpart, General Luc Maes. According to Kuipers, a brigade will move. The minister stressed that control would stay in The Hague.')).toEqual(['Pieter Kuipers', 'Pieter Kuipers']);
  const names = (text: string): string[] => extract({ id: 't', text }).entities.filter((e) => e.type === 'Person').map((e) => e.name);
  expect(names('Talks resume in Manila\n\nBy SITI AMINAH RAZAK\n\nMANILA - Ministers met on Monday.')).toEqual(['Siti Aminah Razak']);
  expect(names('Talks resume in Manila\n\nBy Staff Correspondent\n\nMANILA - Ministers met on Monday.')).toEqual([]);
});

test('a headline\'s question after a colon is the article\'s own, no one\'s statement', () => {
  expect(speakers("Poland's new brigade explained: Who is going, and who pays?\n\nPoland is setting up a brigade. \"We are here to stay,\" Defence Minister Jan Kowal said.")).toEqual(['Jan Kowal']);
});

test('"adds 189 vessels of Moscow\'s so-called shadow fleet to the blacklist" reports nothing', () => {
  expect(speakers('The package, adopted at the Foreign Affairs Council (FAC) in Brussels, adds 189 vessels of Moscow\'s so-called shadow fleet to the blacklist.')).toEqual([]);
});

test('"the DRC government says" is the state speaking, not the one body of it named before (its army)', () => {
  expect(speakers('MONUSCO helped the FARDC fight armed groups. The DRC government says more than 7 000 people have been killed.')).toEqual(['DR Congo']);
});

test('"welcomed the deal as “...”" reports the words quoted; "welcomed the decision" reports nothing', () => {
  expect(said('The Quai d\'Orsay, for its part, welcomed the deal as "proof that unity holds." Japan welcomed the decision and praised the mediators.')).toEqual(['French Foreign Ministry: proof that unity holds']);
});

test('"The spokesman denied that X troops had fought, saying ..." is the spokesman named before, not X', () => {
  expect(speakers('NIAMEY (AFP) - Niger\'s army fought on. Government spokesman Colonel Amadou Issa said 12 soldiers were killed. The spokesman denied that Africa Corps troops had fought on the ground, saying the Russians served only as instructors.')).toEqual(['Amadou Issa', 'Amadou Issa', 'Amadou Issa']);
});

test('"An elected official from the area, who asked not to be named, told AFP that ..." is nobody we know, not AFP', () => {
  expect(speakers('Sahel alliance claims gains in Mali\n\nBy Awa TRAORÉ with AFP\n\nAn elected official from the area, who asked not to be named for security reasons, told AFP that at least 23 civilians, including four children, were killed when soldiers and "white men" entered the hamlet on Thursday.')).toEqual([]);
});

test('"according to a Western security source, who said ..." is nobody we know, not the state named before', () => {
  expect(speakers('Around 2,000 Russian personnel are now stationed in Niger, according to a Western security source, who said Africa Corps was also expanding in Chad.')).toEqual([]);
});

test('"..., the Kremlin press service said" is the body whose press service it is; "the Polish presidential press office" the state', () => {
  expect(speakers('Tokayev held talks with Mirziyoyev on Friday, the Kremlin press service said.')).toEqual(['Kremlin']);
  expect(speakers('Duda spoke to Nauseda by telephone, the Polish presidential press office said.')).toEqual(['Poland']);
  // (no body before the office: nobody we know)
  expect(speakers('Duda spoke to Nauseda by telephone, the press office said.')).toEqual([]);
});

test('"a mission Baku has repeatedly demanded be withdrawn" reports no words', () => {
  expect(speakers('The OSCE keeps observers on the border, a presence Moscow has repeatedly demanded be ended.')).toEqual([]);
});

test('"..., al-Mashhadani said, adding that he expected lawmakers to take it up “in the coming weeks.”" is al-Mashhadani\'s', () => {
  const text = 'Foreign Minister Hamid Karim al-Mashhadani met them. The deal must be ratified by parliament before it can enter into force, al-Mashhadani said, adding that he expected lawmakers to take it up "in the coming weeks."';
  expect(said(text)).toContain('Hamid Karim al-Mashhadani: in the coming weeks');
});

test('"A Gabonese security source, however, told RFI that ..." is not RFI\'s', () => {
  expect(speakers('A Chadian security source, however, told RFI that a Russian delegation had visited the capital.')).not.toContain('RFI');
});

test('"... “for propaganda purposes” — an allegation X rejected as “a lie”": the first words are not X\'s', () => {
  expect(said('Moscow claimed that Kyiv had tried to delay the exchange "for propaganda purposes" — an allegation the Ukrainian Defence Ministry rejected as "a lie."')).not.toContain('Ukrainian Defence Ministry: for propaganda purposes');
});

test('"the powerful sister of leader Kim Jong Un warned that ..." is not Kim Jong Un\'s; "Lauck\'s lawyer vowed ..." speaks for Lauck', () => {
  expect(speakers('North Korea fired missiles hours after the powerful sister of leader Kim Jong Un warned that Washington would pay dearly.')).toEqual([]);
});

test('"A, B and C issued a statement condemning ... that ban D from ... The three countries urged" - the three listed', () => {
  expect(speakers('Britain, France and Germany issued a statement condemning the launches as a violation of resolutions that ban Iran from such activity. The three countries urged Tehran to "refrain from further provocations."').sort()).toEqual(['France', 'Germany', 'United Kingdom']);
});

test('"known as “El Contador”" is a name, no words; "A U.S. official, speaking on condition of anonymity, said CIA flights had increased" is the state', () => {
  expect(said('Hector Lozano, 47, known as "El Contador," was handed over to U.S. Marshals, the FGR said.').filter((s) => s.endsWith('El Contador'))).toEqual([]);
  expect(speakers('A U.S. official, speaking on condition of anonymity, said CIA surveillance flights had increased since January.')).toEqual(['United States']);
});

test('"Defence Minister Kristjan Mägi (Reform) said ..." is the minister, not his party', () => {
  expect(speakers('Defence Minister Hanno Pevkur (Reform) said the navy had deployed two vessels.')).toEqual(['Hanno Pevkur']);
});

test('"CLAUSE, X said, adding that ... “in the coming weeks.”": the clause before the quote is said too', () => {
  const text = 'Foreign Minister Hamid Karim al-Mashhadani met them. The deal must be ratified by parliament, al-Mashhadani said, adding that he expected lawmakers to take it up "in the coming weeks."';
  expect(said(text)).toEqual(expect.arrayContaining(['Hamid Karim al-Mashhadani: The deal must be ratified by parliament', 'Hamid Karim al-Mashhadani: in the coming weeks']));
});

test('"“...,” Ambassador X, the Commissioner for A, B and C, told reporters": the person past the title words, with the whole portfolio', () => {
  const text = '"We are not walking away," Ambassador Lindiwe Mokoena, the ECOWAS Commissioner for Political Affairs, Peace and Security, told reporters after the session.';
  expect(said(text)).toContain('Lindiwe Mokoena: We are not walking away');
  const x = extract({ id: 't', text });
  expect(x.relations.map((r) => r.properties?.title)).toContain('Commissioner for Political Affairs, Peace and Security');
});

test('"according to a communique seen by Reuters" is no outlet\'s statement; "denied reports that CLAUSE" says no CLAUSE', () => {
  expect(speakers('The mission will have 9,000 troops, according to a draft resolution seen by AFP.')).toEqual([]);
  expect(speakers('The mission will have 9,000 troops, according to the African Union.')).toEqual(['African Union']);
  expect(said('The ministry denied reports that the minister had been detained by mutineers.')).toEqual([]);
  expect(said('Lawson denied claims that Benin had closed its border.')).toEqual([]);
});

test('a sentence-opening "It denied that ..." is the body opening the sentence before, not the last one named in it', () => {
  expect(speakers("Colombia's Defence Ministry said its troops had killed six members of the National Liberation Army (ELN) near the border. It denied that any civilians had been hurt.")).toEqual(['Defence Ministry (Colombia)', 'Defence Ministry (Colombia)']);
});

test('"denied X, dismissing reports of Y as “fabrications”": the label is what was said, not the clause denied', () => {
  expect(said('Rwanda has denied sending troops into Congo, dismissing reports of Rwandan soldiers near Goma as "lies".')).toEqual(['Rwanda: lies']);
});

test('"the two sides said" is the pair last named as "A and B", not the last two states named one by one', () => {
  const text = 'Vietnam and Laos signed nine agreements on Monday. Cambodia signed a related deal with the two countries in 2023 but was not a party to Monday\'s accords. In a joint statement, the two sides said they would deepen their partnership.';
  expect(speakers(text).sort()).toEqual(['Laos', 'Vietnam']);
});

test('"SEOUL, (Yonhap) --" is no part of what was said; "..., South Korea\'s Joint Chiefs of Staff (JCS) said, adding that ..." goes on with the JCS; "X of the Y told" is X', () => {
  expect(said("SEOUL, (Yonhap) -- Seoul and Tokyo launched an exercise on Wednesday, South Korea's defense ministry said.")[0]).toMatch(/^[^:]+: Seoul and Tokyo launched an exercise on Wednesday$/);
  expect(speakers("Pyongyang fired two missiles on Tuesday, South Korea's Joint Chiefs of Staff (JCS) said, adding that one of them appeared to have exploded.")).toEqual(['Joint Chiefs of Staff', 'Joint Chiefs of Staff']);
  expect(speakers('Colonel Peter Otieno of the Kenya Defence Forces (KDF) told reporters that the troops would stay.')).toEqual(['Peter Otieno']);
});

test('"sanctions on firms in A, B and C that it said supplied parts": "it" is the sentence\'s subject', () => {
  expect(speakers('Canada on Tuesday imposed sanctions on six companies in Iran, Belarus and Armenia that it said supplied drone parts.')).toEqual(['Canada']);
});

test('"Beirut, Lebanon - CLAUSE, Lebanon\'s health ministry said": no dateline in the words; the health ministry is no army named later', () => {
  expect(said("Amman, Jordan - A drone struck a car near the border on Sunday, Jordan's health ministry said. The Jordanian army deployed.")).toEqual(['Jordan: A drone struck a car near the border on Sunday']);
});

test('"CLAUSE, he said, adding: “...”" is his; "X did A and, according to Y, B" gives Y no half clause', () => {
  const text = 'Defense Minister Jan Nowak attended the ceremony. Warsaw has spent 4 percent of its output on defense, he said, adding: "We will keep investing." Russia has deployed troops and, according to Minsk, missiles to Belarus.';
  expect(speakers(text)).toEqual(['Jan Nowak', 'Jan Nowak']);
});

describe('probe round fifty-seven: whom "he" and "she" stand for', () => {
  test('"A senior Turkish official ... said ... But should the truce fail, he said, ...": the unnamed official, for his state, not the general named before', () => {
    const text =
      'Gen. Thomas Ridley met Turkish officials in Ankara on Monday. A senior Turkish official, speaking on condition of anonymity, said Turkey would respect the truce. ' +
      'But should the truce collapse, he said, Turkish forces would be ready to "move on Kobani within days."';
    expect(said(text)).toContain('Türkiye: move on Kobani within days');
    expect(said(text).filter((s) => s.startsWith('Thomas Ridley'))).toEqual([]);
    // (unnamed, of no state: no one named speaks)
    const plain = 'Gen. Thomas Ridley met officials on Monday. A senior official said the truce would hold. Should it fail, he said, forces "would move within days."';
    expect(said(plain).filter((s) => s.startsWith('Thomas Ridley'))).toEqual([]);
  });

  test('"A met B in Munich, where she urged ...": the sentence\'s subject, not the person named last', () => {
    expect(said('Volha Karalenka met Marek Zalewski in Munich last week, where she urged Western governments to keep pressure on Minsk.')).toContain(
      'Volha Karalenka: Western governments to keep pressure on Minsk',
    );
  });
});

test('"NEW DELHI: India has deployed ..., the ministry said": a dateline with a colon is no part of what was said', () => {
  const x = extract({ id: 't', text: 'NEW DELHI: India has deployed two survey ships to Sri Lanka, the Ministry of External Affairs (MEA) said on Thursday.' });
  expect(x.statements.map((s) => s.quote)).toEqual(['India has deployed two survey ships to Sri Lanka']);
});

test('"According to the Chief of the Defence Forces, General A, CLAUSE" and "according to the head of the navy, Admiral B,": the officer named in apposition speaks', () => {
  expect(said('According to the Chief of the Defence Forces, General Samuel Otieno, the new contingent will be stationed in Kismayo.')).toEqual([
    'Samuel Otieno: the new contingent will be stationed in Kismayo',
  ]);
  expect(said('According to the head of the navy, Admiral Joan Mwita, the ships are ready to sail.')).toEqual(['Joan Mwita: the ships are ready to sail']);
  // (a source named alone is the source, whoever the clause after its comma opens with)
  expect(said('According to Reuters, Putin will travel to Delhi next month.')).toEqual(['Reuters: Putin will travel to Delhi next month']);
});

describe('probe round sixty-seven: who speaks', () => {
  test('"A spokesperson for Pyongyang\'s defence ministry, quoted by the official KCNA, said/accused ...": the state spoken for, not the outlet that relays it', () => {
    const text =
      'SEOUL -- North Korea denounced the drills. A spokesperson for Pyongyang\'s defence ministry, quoted by the official Korean Central News Agency (KCNA), said the drills were dangerous. ' +
      'A spokesperson for Pyongyang\'s foreign ministry, quoted by KCNA, accused Washington of "staging a rehearsal for war".';
    expect(said(text)).toEqual(['North Korea: the drills were dangerous', 'North Korea: staging a rehearsal for war']);
    const x = extract({ id: 't', text });
    expect(x.relations.filter((r) => r.type === 'ACCUSES').map((r) => `${r.source} -> ${r.target}`)).toEqual(['country:PRK -> country:USA']);
  });

  test('"Adm. Seo Jae-won ... Seo later told reporters that ...": a family name written first, opening its sentence, is the person', () => {
    expect(said('Adm. Lee Jae-sung toured the base on Monday. Lee later told reporters that the allies would expand the drills.')).toEqual(['Lee Jae-sung: the allies would expand the drills']);
    // (not a pronoun that is also a name: "He denied" after "He Qing")
    expect(speakers('Spokesperson He Qing spoke on Monday. Zhao Ming, a coast guard spokesperson, spoke too. He denied that the cannon had been aimed at the crew.')).not.toContain('He Qing');
  });
});

describe('probe round sixty-seven: sources and descriptions', () => {
  test('"According to the ISPR, the military\'s media wing, CLAUSE": past the source\'s apposition; not past the clause\'s own subject', () => {
    expect(said('According to the Inter-Services Public Relations (ISPR), the military\'s media wing, Afghan forces opened fire on the posts.')).toEqual([
      'Inter-Services Public Relations: Afghan forces opened fire on the posts',
    ]);
    expect(said('Military spokesman Ido Ravid spoke. According to Ravid, the barrage, which comprised 200 drones, inflicted light damage.')).toEqual([
      'Ido Ravid: the barrage, which comprised 200 drones, inflicted light damage',
    ]);
  });

  test('"the army chief said" is the one named "Chief of Army Staff"', () => {
    const text = 'ISLAMABAD: Pakistan mourned. Chief of Army Staff General Faisal Karim visited the wounded. "Our soldiers have shown courage," the army chief said.';
    expect(said(text)).toEqual(['Faisal Karim: Our soldiers have shown courage']);
  });
});

test('"When China attacked Taiwan, the US responded.": a subordinate clause alone is no words reported', () => {
  expect(said('When China attacked Taiwan, the United States responded.')).toEqual([]);
  expect(said('If China attacks, we will respond, the Japanese foreign ministry said.')).toEqual(['Japan: If China attacks, we will respond']);
});

test('"“...,” Kenya\'s Cabinet Secretary for Foreign and Diaspora Affairs, X, told journalists, “...”": both parts are the titled person\'s, past the state and a long title', () => {
  const text = 'NAIROBI — Kenya hosted the summit. "The region cannot afford another war," Uganda\'s Minister of State for Foreign and Regional Affairs, Alice Nabwire, told journalists, "and it will not stand by."';
  expect(said(text)).toEqual(['Alice Nabwire: The region cannot afford another war', 'Alice Nabwire: and it will not stand by']);
});

describe('probe round seventy: quotes after a passive speech verb', () => {
  test('"X said the force had been announced “without ...”": the passive names no speaker, the one who said does', () => {
    expect(said('Dr Kofi Mensah, a researcher at the University of Ghana, said the force had been announced twice "without a single battalion being funded".')).toEqual([
      'Kofi Mensah: without a single battalion being funded',
    ]);
  });

  test('"an allegation that was dismissed by the ministry as “absurd”": the agent of the passive speaks; "plans were called “...”" by no one named', () => {
    expect(speakers('Kyiv accused Minsk of sending drones, an allegation that was dismissed by the Ministry of Defence of Belarus as "absurd".')).toEqual(['Ministry of Defence of Belarus']);
    expect(speakers('Kemp\'s tax plans were called "voodoo economics" by critics.')).toEqual([]);
  });
});

test('"X, meeting Y separately, urged ... “...,” he said.": the person who opens the sentence before speaks, though that sentence reports words too', () => {
  const text = 'Ruto said both countries shared an interest in trade. Abiy, meeting Ruto separately, urged IGAD to speed up talks. "If the talks fail, the region will suffer," he said.';
  expect(said(text)).toContain('Abiy: If the talks fail, the region will suffer');
});

describe('probe round seventy-seven: speakers', () => {
  test('"France, backed by Poland, has accused X of “...”": the participle\'s agent set off by commas is not who speaks', () => {
    expect(speakers('Italy, backed by Greece, has accused the European Commission of "abandoning the south".')).toEqual(['Italy']);
  });

  test('"missile warning data", "an early warning system": a gerund inside a compound of nouns reports nothing', () => {
    expect(said('The pact was signed by Japan. It makes the sharing of missile warning data permanent and commits the allies to drills.')).toEqual([]);
  });

  test('"spokesman Maj. Gen. Winthai Suvaree ... according to Winthai": a first name alone the tagger read as a body is the person', () => {
    const text = 'Thailand denied it, army spokesman Maj. Gen. Winthai Suvaree said. The army moved 5,000 troops, according to Winthai.';
    expect(said(text)).toContain('Winthai Suvaree: The army moved 5,000 troops');
  });

  test('"Minister X, whose country ..., said ... if the military freed Y. “...,” he said.": the quote is the reporter\'s, not the last one named', () => {
    const text = 'Indonesia\'s Foreign Minister Sugiono, whose country chaired the bloc before, said it could act if the army released opposition leader Daw Khin Myo. "We are not there yet," he said.';
    expect(said(text)).toContain('Sugiono: We are not there yet');
    // (an attribution at the end: the one nearest before its verb)
    const late = 'The girl, named Maria Lopez, was born at midnight, publicist Tom Baker said. "Both are doing fine," he said.';
    expect(said(late)).toContain('Tom Baker: Both are doing fine');
  });

  test('"On Myanmar, the communique said ...": the topic a sentence opens on does not speak', () => {
    expect(speakers('On Myanmar, the communique said the bloc "took note" of the polls.')).toEqual([]);
    expect(speakers('On Tuesday, Kenya said it would send troops.')).toEqual(['Kenya']);
  });

  test('"Lisbon, Nov. 14 (Lusa) - CLAUSE, Defence Minister X said": the words reported start past the dateline', () => {
    expect(said('Accra, Jan. 9 (GNA) - Ghana will keep its engineers in Lebanon for another year, Defence Minister Kofi Adu said on Friday.')).toEqual([
      'Kofi Adu: Ghana will keep its engineers in Lebanon for another year',
    ]);
  });

  test('"confirmed by General X, spokesman of the Royal Thai Army, who said ...": the relative clause is the person\'s', () => {
    expect(said('The meeting was confirmed by Major General Anan Srisuk, spokesman of the Royal Thai Army, who said the other side fired first.')).toEqual([
      'Anan Srisuk: the other side fired first',
    ]);
  });

  test('"said Thursday\'s meeting would test ...": a day that owns what follows is the clause\'s, no adjunct', () => {
    expect(said('General Somchai Rak said Thursday\'s meeting would test the channels.')).toEqual(["Somchai Rak: Thursday's meeting would test the channels"]);
    expect(said('General Somchai Rak said Thursday the meeting had failed.')).toEqual(['Somchai Rak: the meeting had failed']);
  });

  test('"Analysts consulted by Prensa Latina noted that ...": the outlet that asked does not speak', () => {
    expect(speakers('Analysts consulted by Prensa Latina noted that this is not the first friction.')).toEqual([]);
    expect(speakers('Prensa Latina reported that the talks had failed.')).toEqual(['Prensa Latina']);
  });

  test('"A senior Japanese Defense Ministry official denied ... “...,” the official said.": the official named before, not the filing state', () => {
    const text = 'CANBERRA — Japan and Australia signed a deal. A senior Japanese Defense Ministry official denied the drills were aimed at anyone. "The activity is routine," the official said.';
    expect(said(text)).toContain('Japanese Defense Ministry: The activity is routine');
  });

  test('"“...,” Takeda said at a press conference with Whitcombe. He added that ...": the one who said the quote before', () => {
    const text = '"This is a strategic partnership," Takeda said at a joint press conference with Whitcombe. He added that both countries shared a common vision.';
    expect(said(text)).toContain('Takeda: both countries shared a common vision');
  });

  test('"He added that ..., but said no talks had been scheduled": a second verb of saying has the pronoun the sentence opens with', () => {
    const text = 'Mr Kofi Mensah denied it. He added that Ghana could pursue similar agreements with Togo, but said no talks had been scheduled.';
    expect(said(text)).toContain('Kofi Mensah: no talks had been scheduled');
  });

  test('"denied it and described the Thai claims as “fabricated”": "claims" after a people\'s adjective is a noun, no verb of saying', () => {
    expect(said('Chhay Sopheap, a spokesperson, denied it and described the Thai claims as "fabricated".')).toEqual(['Chhay Sopheap: fabricated']);
    expect(said('The Kremlin says the Ukrainian claims are false.')).toEqual(['Kremlin: the Ukrainian claims are false']);
  });

  test('"Brussels, Jun 23 (EFE).- CLAUSE, the Council said": a full stop between the credit and the dash is the dateline\'s', () => {
    expect(said('Brussels, Jun 23 (EFE).- The European Union imposed sanctions on four officials, the Council said.')).toEqual(['Council: The European Union imposed sanctions on four officials']);
  });

  test('"A accused X of hiding B\'s fate. B was not among those released, he said.": the pronoun closing a report is not the report\'s subject', () => {
    const text = 'Hisham al-Sharjabi signed it. Hisham al-Sharjabi accused the rebels of hiding the fate of Mohammed Qahtan. Qahtan was not among those released, he said.';
    expect(said(text)).toContain('Hisham al-Sharjabi: Qahtan was not among those released');
  });
  test('"X, the head of Chile\'s Space Agency (CSA), who also attended, said that": the relative is about the person, not the body', () => {
    expect(speakers('Marta Olave, the head of Chile\'s Space Agency (CSA), who also attended the ceremony, said that the launch would go ahead.')).toEqual(['Marta Olave']);
  });

  test('"the Peruvian minister said" where Peru has a minister and an ambassador: the minister', () => {
    const out = speakers('Santiago hosted Peru\'s ambassador, Luis Tello, and Defence Minister Walter Astudillo of Peru. Asked whether Chile would buy the jets, the Peruvian minister said talks were going well.');
    expect(out).toEqual(['Walter Astudillo']);
  });

  test('"..., the official said, adding that ...": an unnamed official, not a body named in the clause', () => {
    expect(speakers('If the Security Council extends the mandate, Chile could send a helicopter unit, the official said, adding that "no decision has been taken."')).toEqual([]);
  });

  test('"in which the envoy accused X of ...": the state of the unnamed envoy the sentence named', () => {
    expect(speakers('Lima rejected remarks by Chile\'s Permanent Representative to the UN at a Security Council debate, in which the envoy accused Peru of "stalling the talks."')).toEqual(['Chile']);
  });
  test('"X, a businessman described in the report as the group\'s “chief financier”": a reduced passive names no speaker; "described as “...” by Y" names Y', () => {
    expect(speakers('The list names Ali Hassan, a businessman described in the report as the group\'s "chief financier".')).toEqual([]);
    expect(speakers('She stars in a film described as "a tender and cruel comedy" by Claude Lelouche.')).toEqual(['Claude Lelouche']);
  });
});
