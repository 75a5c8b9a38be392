import color from '../../tokens/base/color.json';
import typography from '../../tokens/base/typography.json';
import layout from '../../tokens/base/layout.json';

export interface TokenDoc {
  name: string;
  type: string;
  value: string;
  description: string;
}
type Tree = { [key: string]: unknown };

/** Flattens the DTCG token files into rows for the Tokens page ($type inherits from groups). */
function flatten(tree: Tree, path: string[] = [], type = ''): TokenDoc[] {
  const groupType = typeof tree.$type === 'string' ? tree.$type : type;
  if ('$value' in tree)
    return [
      {
        name: `--ldc-${path.join('-')}`,
        type: groupType,
        value: String(tree.$value),
        description: String(tree.$description ?? ''),
      },
    ];
  return Object.entries(tree)
    .filter(([k, v]) => !k.startsWith('$') && v && typeof v === 'object')
    .flatMap(([k, v]) => flatten(v as Tree, [...path, k], groupType));
}

export const tokenDocs: TokenDoc[] = [color, typography, layout].flatMap((t) => flatten(t as Tree));
