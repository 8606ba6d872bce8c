# Release notes (reno) for osc-share-plugin.
#
# Build: tox -e releasenotes, or
#   sphinx-build -a -E -W -b html releasenotes/source releasenotes/build/html
# reno reads the notes from git: a new note must be at least staged
# (git add) to appear.

project = 'osc-share-plugin Release Notes'
copyright = '2026, osc-share-plugin developers'
author = 'osc-share-plugin developers'

extensions = ['reno.sphinxext']

master_doc = 'index'
source_suffix = {'.rst': 'restructuredtext'}
exclude_patterns = []
pygments_style = 'sphinx'
html_theme = 'alabaster'
html_static_path = []

