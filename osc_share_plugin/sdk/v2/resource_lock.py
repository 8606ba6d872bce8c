"""Resource locks (2.81): on shares, and on access rules (2.82)"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare

#: What may be locked, and the actions a lock may prevent on it.
RESOURCE_ACTIONS = {'share': ('delete',), 'access_rule': ('delete', 'show')}


class ResourceLock(_declare.Editable, _base.ShareResource):
    resource_key = 'resource_lock'
    resources_key = 'resource_locks'
    base_path = '/resource-locks'

    #: Every filter Manila's lock list understands; it sorts on the
    #: server (``created_at`` descending unless told).
    _query_mapping = resource.QueryParameters(
        'id',
        'project_id',
        'user_id',
        'resource_id',
        'resource_type',
        'resource_action',
        'lock_context',
        'lock_reason',
        'lock_reason~',
        'created_since',
        'created_before',
        'with_count',
        *_declare.SORTED_PAGES,
        all_projects='all_projects',
    )

    created_at = resource.Body('created_at', type=str)
    links = resource.Body('links', type=list)
    #: Who placed the lock: user, admin or service.
    lock_context = resource.Body('lock_context', type=str)
    lock_reason = resource.Body('lock_reason', type=str)
    project_id = resource.Body('project_id', type=str)
    #: The action prevented: delete, or show (access rules).
    resource_action = resource.Body('resource_action', type=str)
    resource_id = resource.Body('resource_id', type=str)
    #: share or access_rule.
    resource_type = resource.Body('resource_type', type=str)
    updated_at = resource.Body('updated_at', type=str)
    user_id = resource.Body('user_id', type=str)


class LockedAccessRule(_base.ShareResource):
    """An access rule, as far as locking one needs (GET by ID, 2.45)."""

    resource_key = 'access'
    base_path = '/share-access-rules'

    allow_fetch = True

    share_id = resource.Body('share_id', type=str)
    access_to = resource.Body('access_to', type=str)
