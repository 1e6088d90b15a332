"""The command line: `reflect init`, `import`, `export` and `verify`.

Wired like `reflect/app.py` (it builds what a command needs: the journal, the content, and
for a PDF an offscreen Qt application), and reached only from `reflect/__main__.py`. Its
words are English; a refusal is the same sentence the screens say, on stderr.
"""
