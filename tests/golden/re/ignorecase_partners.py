# Case-insensitive literals and classes match every case partner (Kelvin sign, long s, theta symbols).
import re
chars = ['k', 'K', '\u212a', 's', 'S', '\u017f', 'i', 'I', '\u0130', '\u0131', 'µ', 'μ', 'Μ', 'ß', 'ẞ', 'σ', 'ς', 'Σ', 'ǅ', 'ǆ', 'Ǆ', 'é', 'É', 'θ', 'ϑ', 'ϴ']
for p in ['k', '[k]', '[^k]', '[a-z]', '[\u212a]', 's', '[s]', '[\u017f]', 'i', '[i]', 'µ', '[σ]', 'ß', 'ǅ', '[ǆ]', 'θ', '[ϑ]', '[à-ÿ]']:
    print(p, ''.join(c for c in chars if re.fullmatch(p, c, re.I)), ''.join(c for c in chars if re.fullmatch(p, c, re.I|re.A)))
