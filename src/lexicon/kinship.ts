// Nouns of kinship, shared by the recognizer ("X, the sister of ...": a person) and the speakers ("the sister of
// leader Kim Jong Un warned": a relative who speaks for herself).

/** A person's relatives by the noun that names them. */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'widow', 'widower', 'cousin', 'uncle', 'aunt', 'nephew', 'niece']);
