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



def _only_our_commands(group='openstack.share.v2'):
    """Keep python-manilaclient's commands out of the command reference.

    Its commands share our entry point group; with it installed (as
    python-openstackclient >= 10.2 does) autoprogram-cliff would document
    them too.  The docs env does not install it, but narrow the group
    anyway, as the plugin itself does at run time.
    """
    import importlib.metadata

    import stevedore

    ours = [
        ep
        for ep in importlib.metadata.entry_points(group=group)
        if ep.value.split('.', 1)[0] == 'osc_share_plugin'
    ]
    stevedore.ExtensionManager.ENTRY_POINT_CACHE[group] = ours


_only_our_commands()

master_doc = 'index'
source_suffix = {'.rst': 'restructuredtext'}
exclude_patterns = []
pygments_style = 'sphinx'
# Options are shown as typed: no smart quotes turning --wait into –wait.
smartquotes = False
html_theme = 'alabaster'
html_static_path = []
