package io.argus.template;

/**
 * One lexed token.
 *
 * @param text the token's source text (for {@code TEXT}, after trim markers were applied)
 * @param offset the character offset of the token's first character in the template source
 * @param spaceBefore whether white space separated this token from the previous one inside an
 *     action; Go's grammar needs it to tell {@code $x.Field} (a chain) from {@code $x .Field}
 */
record Token(TokenKind kind, String text, int offset, boolean spaceBefore) {}
