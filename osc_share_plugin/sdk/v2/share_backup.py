"""Share backups (2.80) and their restores (to another share: 2.91)"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare
from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import MAX_MICROVERSION

# Manila serves every backup API as experimental (manila/api/v2/
# share_backups.py: experimental=True, no end version).
_experimental.declare(r'(^|/)share-backups(/|$)', '2.80', MAX_MICROVERSION)


class ShareBackup(_declare.Editable, _base.ShareResource):
    resource_key = 'share_backup'
    resources_key = 'share_backups'
    base_path = '/share-backups'

    #: Every filter Manila's backup list understands; ``host`` and
    #: ``topic`` are honoured for admins only.
    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        'status',
        'share_id',
        'host',
        'topic',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    availability_zone = resource.Body('availability_zone', type=str)
    #: Driver options, sent on create only (such as ``backup_type``).
    backup_options = resource.Body('backup_options', type=dict)
    #: The backup type the backup was made with (2.85).
    backup_type = resource.Body('backup_type', type=str)
    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    #: Host that made the backup (admin).
    host = resource.Body('host', type=str)
    #: Percentage of the backup made so far.
    progress = resource.Body('progress', type=str)
    #: Percentage of the latest restore done so far.
    restore_progress = resource.Body('restore_progress', type=str)
    share_id = resource.Body('share_id', type=str)
    size = resource.Body('size', type=int)
    status = resource.Body('status', type=str)
    #: Service that keeps the backup: manila-share or manila-data (admin).
    topic = resource.Body('topic', type=str)
    updated_at = resource.Body('updated_at', type=str)

    @classmethod
    def _get_next_link(cls, uri, response, data, marker, limit, total_yielded):
        # Manila names the backup list's links share_backup_links.
        if isinstance(data, dict) and 'share_backup_links' in data:
            data = dict(data, share_backups_links=data['share_backup_links'])
        return super()._get_next_link(
            uri, response, data, marker, limit, total_yielded
        )

    def restore(self, session, target_share_id=None):
        """Restore onto the backup's share, or ``target_share_id`` (2.91).

        :returns: ``{'backup_id': ..., 'share_id': ...}``, the share being
            restored.
        """
        response = self._action(session, {'restore': target_share_id})
        return response.json().get('restore', {})

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})


class ShareBackupRestore(ShareBackup):
    """A backup watched while it is restored: its progress is the restore's.

    What waiting reports as progress is ``progress``; this view of a backup
    reads the server's ``restore_progress`` there instead.
    """

    progress = resource.Body('restore_progress', type=str)
