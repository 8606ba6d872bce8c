"""Share snapshots, their access rules and export locations (2.32)"""

from openstack import exceptions
from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class ShareSnapshot(
    _base.MetadataMixin, _declare.Editable, _base.ShareResource
):
    resource_key = 'snapshot'
    resources_key = 'snapshots'
    base_path = '/snapshots'

    #: Every filter Manila's snapshot list understands (``GET /snapshots``).
    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        'status',
        'share_id',
        'project_id',
        'user_id',
        'size',
        'share_size',
        'share_proto',
        'usage',
        'metadata',
        'with_count',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    #: Only used to rename a snapshot (``PUT /snapshots/{id}``).
    display_name = resource.Body('display_name', type=str)
    #: Only used to change a description (``PUT /snapshots/{id}``).
    display_description = resource.Body('display_description', type=str)
    #: Snapshot a busy share too (create only).
    force = resource.Body('force', type=bool)
    project_id = resource.Body('project_id', type=str)
    #: Where the backend keeps the snapshot (admin, 2.12).
    provider_location = resource.Body('provider_location', type=str)
    share_id = resource.Body('share_id', type=str)
    share_protocol = resource.Body('share_proto', type=str)
    share_size = resource.Body('share_size', type=int)
    size = resource.Body('size', type=int)
    status = resource.Body('status', type=str)
    user_id = resource.Body('user_id', type=str)

    @classmethod
    def _get_next_link(cls, uri, response, data, marker, limit, total_yielded):
        # Manila names the snapshot list's links share_snapshots_links.
        if isinstance(data, dict) and 'share_snapshots_links' in data:
            data = dict(data, snapshots_links=data['share_snapshots_links'])
        return super()._get_next_link(
            uri, response, data, marker, limit, total_yielded
        )

    @classmethod
    def count(cls, session, **params):
        """The number of snapshots matching ``params`` (2.79)."""
        cls._check_query(params, cls.base_path)
        query = cls._query_mapping._transpose(
            {k: _base.query_dict(v) for k, v in params.items()}, cls
        )
        query.update(with_count=True, limit=1)
        response = cls._send(session, 'get', cls.base_path, params=query)
        return _base.document(response, 'count', int)

    def force_delete(self, session):
        self._action(session, {'force_delete': None})

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def unmanage(self, session):
        self._action(session, {'unmanage': None})

    def allow_access(self, session, access_type, access_to):
        response = self._action(
            session,
            {
                'allow_access': {
                    'access_type': access_type,
                    'access_to': access_to,
                }
            },
        )
        rule = ShareSnapshotAccessRule(
            snapshot_id=self.id, connection=session._get_connection()
        )
        rule._translate_response(response)
        return rule

    def deny_access(self, session, access_id):
        self._action(session, {'deny_access': {'access_id': access_id}})

    @classmethod
    def manage(cls, session, share_id, provider_location, **params):
        """Bring a snapshot the backend already has under Manila (2.12)."""
        return cls._manage(
            session,
            {
                'share_id': share_id,
                'provider_location': provider_location,
                **params,
            },
        )


class ShareSnapshotAccessRule(_base.ShareResource):
    """An access rule of a mountable snapshot (2.32).

    Manila has no GET of one such rule: fetching lists the snapshot's rules
    (one request) and picks this one, so ``--wait`` can poll it.
    """

    resource_key = 'snapshot_access'
    resources_key = 'snapshot_access_list'
    base_path = '/snapshots/%(snapshot_id)s/access-list'

    allow_list = True
    allow_fetch = True

    _query_mapping = resource.QueryParameters()

    snapshot_id = resource.URI('snapshot_id', type=str)

    access_type = resource.Body('access_type', type=str)
    access_to = resource.Body('access_to', type=str)
    state = resource.Body('state', type=str)

    @property
    def status(self):
        """The rule's ``state``, under the name waiting looks for."""
        return self.state

    def fetch(self, session, *args, **kwargs):
        for rule in self.list(session, snapshot_id=self.snapshot_id):
            if rule.id == self.id:
                self._body.attributes.update(rule._body.attributes)
                self._body.clean()
                return self
        raise exceptions.NotFoundException(
            f'No access rule {self.id} on snapshot {self.snapshot_id}'
        )


class SnapshotExportLocationFields:
    """An export location of a mountable snapshot (2.32), as Manila lists
    them under the snapshot or a snapshot instance."""

    resource_key = 'share_snapshot_export_location'
    resources_key = 'share_snapshot_export_locations'

    allow_list = True
    allow_fetch = True

    _query_mapping = resource.QueryParameters()

    path = resource.Body('path', type=str)
    #: Admin only.
    is_admin = resource.Body('is_admin_only', type=bool)
    #: Admin only.
    share_snapshot_instance_id = resource.Body(
        'share_snapshot_instance_id', type=str
    )
    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)


class ShareSnapshotExportLocation(
    SnapshotExportLocationFields, _base.ShareResource
):
    """Where a mountable snapshot is exported (2.32)."""

    base_path = '/snapshots/%(snapshot_id)s/export-locations'

    snapshot_id = resource.URI('snapshot_id', type=str)
