# Sphinx configuration for osc-share-plugin.
#
# Build: tox -e docs, or
#   sphinx-build -W -b html doc/source doc/build/html
# in an environment with this plugin and doc/requirements.txt installed but
# WITHOUT python-manilaclient (see doc/requirements.txt).

project = 'osc-share-plugin'
copyright = '2026, osc-share-plugin developers'
author = 'osc-share-plugin developers'

extensions = [
    'sphinx.ext.autodoc',
    'cliff.sphinxext',
]

# cliff.sphinxext: document `openstack share ...` from our entry points.
autoprogram_cliff_application = 'openstack'
autoprogram_cliff_ignored = [
    '--help',
    '--format',
    '--column',
    '--max-width',
    '--fit-width',
    '--print-empty',
    '--prefix',
    '--noindent',
    '--quote',
    '--sort-column',
    '--sort-ascending',
    '--sort-descending',
]

master_doc = 'index'
source_suffix = {'.rst': 'restructuredtext'}
exclude_patterns = []
pygments_style = 'sphinx'
html_theme = 'alabaster'
html_static_path = []
