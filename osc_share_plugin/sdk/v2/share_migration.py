"""Share migration: actions on a share, and its progress"""

from keystoneauth1 import discover
from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental

_ACTION_PATH = r'(^|/)shares/[^/]+/action$'
# Experimental until migration graduated in 2.96: migration_start (in its
# 2.29 shape), and the other actions from 2.22 on; reset_task_state, which
# undoes a stuck migration, is one of them.
_experimental.declare(
    _ACTION_PATH, '2.29', '2.95', actions=('migration_start',)
)
_experimental.declare(
    _ACTION_PATH,
    '2.22',
    '2.95',
    actions=(
        'migration_complete',
        'migration_cancel',
        'migration_get_progress',
        'reset_task_state',
    ),
)

#: ``GET /shares/{id}/migration-progress`` replaces the action from here.
PROGRESS_GET_VERSION = '2.98'


class ShareMigration(_base.ShareResource):
    """The migration of one share: its ``id`` is the share's."""

    resource_key = None
    resources_key = None
    base_path = '/shares'

    allow_fetch = True

    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    #: Percentage of the migration done, as the driver or data service
    #: says.
    total_progress = resource.Body('total_progress', type=int)
    #: The share's task state, such as ``migration_driver_phase1_done``.
    task_state = resource.Body('task_state', type=str)
    #: What the driver adds about the progress (2.59).
    details = resource.Body('details', type=dict)

    @property
    def progress(self):
        """``total_progress``, under the name waiting looks for."""
        return self.total_progress

    def start(self, session, host, **params):
        self._action(session, {'migration_start': {'host': host, **params}})

    def complete(self, session):
        self._action(session, {'migration_complete': None})

    def cancel(self, session):
        self._action(session, {'migration_cancel': None})

    def fetch(self, session, requires_id=True, **kwargs):
        """Read the progress: a GET from 2.98, the action before."""
        microversion = self._get_microversion(session)
        if discover.normalize_version_number(
            microversion
        ) >= discover.normalize_version_number(PROGRESS_GET_VERSION):
            response = self._send(
                session, 'get', self._path('migration-progress'), microversion
            )
        else:
            response = self._action(
                session, {'migration_get_progress': None}, microversion
            )
        self._translate_response(response)
        return self
