// The React consumer's first tag without the typings loaded: it must NOT compile (the tag is unknown
// to JSX), which shows the other consumers pass because of the typings, not because tags are `any`.
export const embed = <fact-verdict layout="compact" />;
