import { decodeEntities, formattedText, safeColor, safeHref } from '../../../preview/client/formatted-text';
import { h, textOf, walk, type VNode } from '../../../preview/client/vnode';

const tree = (text: string): VNode => h('div', {}, formattedText(text));
const tags = (text: string): string[] =>
  walk(tree(text))
    .slice(1)
    .map((e) => e.tag);

describe('formattedText', () => {
  it('keeps the formatting Google allows: bold, italic, underline, strike, colour, links and line breaks', () => {
    expect(
      tags('<b>a</b><i>b</i><u>c</u><s>d</s><font color="#b3261e">e</font><a href="https://x.it">f</a><br>'),
    ).toEqual(['b', 'i', 'u', 's', 'span', 'a', 'br']);
    const font = walk(tree('<font color="#b3261e">late</font>')).find((e) => e.tag === 'span');
    expect(font?.attrs['style']).toBe('color: #b3261e');
  });

  it('drops any other tag but keeps its text, so a script from an email shows as harmless text', () => {
    const node = tree(
      '<script>alert(1)</script><img src=x onerror=alert(2)>Hi <div onclick="x()">Marco</div>',
    );
    expect(walk(node).map((e) => e.tag)).toEqual(['div']);
    expect(textOf(node)).toBe('alert(1)Hi Marco');
  });

  it('decodes entities into text instead of markup', () => {
    const node = tree('Tom &amp; Jerry &lt;b&gt;not bold&lt;/b&gt; &#39;ok&#39; &#x263A;');
    expect(walk(node).map((e) => e.tag)).toEqual(['div']);
    expect(textOf(node)).toBe("Tom & Jerry <b>not bold</b> 'ok' ☺");
  });

  it('refuses javascript: links and CSS injection in colours, keeping the text', () => {
    const link = tree('<a href="javascript:alert(1)">click</a>');
    expect(walk(link).some((e) => e.tag === 'a')).toBe(false);
    expect(textOf(link)).toBe('click');
    const font = walk(tree('<font color="red;background:url(x)">t</font>')).find((e) => e.tag === 'span');
    expect(font?.attrs['style']).toBeUndefined();
  });

  it('closes unclosed tags and ignores stray closing tags', () => {
    const node = tree('</i><b>bold <i>both</b> plain');
    expect(textOf(node)).toBe('bold both plain');
    const bold = walk(node).find((e) => e.tag === 'b');
    expect(bold && textOf(bold)).toBe('bold both');
  });

  it('accepts web and mail links and named or hex colours only', () => {
    expect(safeHref(' https://mail.google.com/x ')).toBe('https://mail.google.com/x');
    expect(safeHref('mailto:marco@rinaldiarredi.it')).toBe('mailto:marco@rinaldiarredi.it');
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeColor('#5f6368')).toBe('#5f6368');
    expect(safeColor('teal')).toBe('teal');
    expect(safeColor('expression(alert(1))')).toBeNull();
    expect(decodeEntities('&unknown; &amp;')).toBe('&unknown; &');
  });
});
