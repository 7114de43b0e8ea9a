# TextWrapper reused for several paragraphs, and unicode text.
import textwrap

wrapper = textwrap.TextWrapper(width=28, initial_indent="  ", subsequent_indent="")
paragraphs = [
    "Première ligne avec des accents: éàü et des mots plutôt longs comme anticonstitutionnellement.",
    "Zweite Zeile — mit Gedankenstrich und Umlauten: Größe, Übung, Ärger.",
]
for p in paragraphs:
    print(wrapper.fill(p))
    print()
print(wrapper.wrap("日本語 の テキスト を 折り返す テスト です"))
