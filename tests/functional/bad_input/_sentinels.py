"""The sentinels: resources no bad-input case may change.

Two shares (A, which the cases name, and B, which a path trick such as
``../../<B>`` would reach) with metadata and export location metadata,
and a private share type with an extra spec and a project's access.
:func:`state` is what must stay the same; the runner records it after
every case.
"""

import json

from tests.functional import base

MARK = {'sentinel': 'keep'}


def create(admin):
    """Create the sentinels; returns their IDs (``A``, ``B``, ``TYPE``...)."""
    prefix = base.unique('sentinel')
    shares = [
        admin.create_share(
            share_protocol='NFS', size=1, name=f'{prefix}-{key}'
        )
        for key in ('a', 'b')
    ]
    ids = {'PREFIX': prefix}
    for key, share in zip(('A', 'B'), shares):
        share = admin.wait_for_status(
            share,
            'available',
            failures=['error'],
            interval=1,
            wait=base.FIXTURE_WAIT,
        )
        admin.update_share_metadata(share, dict(MARK, share=key))
        ids[key] = share.id
        ids[f'{key}_NAME'] = share.name
        for location in admin.export_locations(share):
            admin.update_export_location_metadata(
                location.id, share, dict(MARK, share=key)
            )
            ids.setdefault(f'{key}_EL', location.id)
    share_type = admin.create_share_type(
        base.unique('sentinel-type'),
        extra_specs={'driver_handles_share_servers': 'False', **MARK},
        is_public=False,
    )
    admin.add_share_type_access(share_type, admin.get_project_id())
    ids['TYPE'] = share_type.id
    ids['TYPE_NAME'] = share_type.name
    return ids


def delete(admin, ids, case):
    """Remove what :func:`create` made (``case``: a base.TestCase)."""
    for key in ('A', 'B'):
        if ids.get(key):
            case.delete_share(ids[key])
    if ids.get('TYPE'):
        admin.delete_share_type(ids['TYPE'], ignore_missing=True)


def state(admin, ids):
    """Everything a case could have changed, as JSON text (5 requests)."""
    fields = (
        'id',
        'name',
        'description',
        'size',
        'status',
        'task_state',
        'is_public',
        'is_soft_deleted',
        'share_type',
        'metadata',
    )
    found = {}
    listed = admin.shares(**{'name~': ids['PREFIX']})
    for share in sorted(listed, key=lambda share: share.name):
        entry = {name: getattr(share, name) for name in fields}
        entry['export_locations'] = {
            location.id: location.metadata
            for location in admin.export_locations(share)
        }
        found[share.name] = entry
    share_type = admin.find_share_type(ids['TYPE'], ignore_missing=False)
    found['TYPE'] = {
        'name': share_type.name,
        'description': share_type.description,
        'is_public': share_type.is_public,
        'extra_specs': share_type.extra_specs,
        'access': sorted(
            access.project_id for access in admin.share_type_access(share_type)
        ),
    }
    return json.dumps(found, sort_keys=True, default=str)
