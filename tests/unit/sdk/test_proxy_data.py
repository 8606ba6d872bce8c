"""Backups, transfers and resource locks, on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import resource_lock as _lock
from osc_share_plugin.sdk.v2 import share_backup as _backup
from osc_share_plugin.sdk.v2 import share_transfer as _transfer
from tests.unit.sdk import base

BACKUP_ID = 'dddddddd-2222-3333-4444-555555555555'
BACKUP_ID_2 = 'dddddddd-2222-3333-4444-666666666666'
SHARE_ID = '11111111-2222-3333-4444-555555555555'
SHARE_ID_2 = '11111111-2222-3333-4444-666666666666'
TRANSFER_ID = 'eeeeeeee-2222-3333-4444-555555555555'
TRANSFER_ID_2 = 'eeeeeeee-2222-3333-4444-666666666666'
LOCK_ID = 'ffffffff-2222-3333-4444-555555555555'
LOCK_ID_2 = 'ffffffff-2222-3333-4444-666666666666'
RULE_ID = '99999999-2222-3333-4444-555555555555'


def backup_body(**extra):
    body = {
        'id': BACKUP_ID, 'name': 'bk1', 'share_id': SHARE_ID,
        'status': 'available', 'size': 1, 'progress': '100',
        'restore_progress': '0', 'backup_type': 'full',
    }  # fmt: skip
    body.update(extra)
    return body


def transfer_body(**extra):
    body = {
        'id': TRANSFER_ID, 'name': 'tr1', 'resource_type': 'share',
        'resource_id': SHARE_ID, 'source_project_id': 'src',
        'destination_project_id': None, 'accepted': False,
        'expires_at': None, 'created_at': '2026-01-01T00:00:00.000000',
        'links': [{'rel': 'self', 'href': 'x'}],
    }  # fmt: skip
    body.update(extra)
    return body


def lock_body(**extra):
    body = {
        'id': LOCK_ID, 'user_id': 'u', 'project_id': 'p',
        'lock_context': 'user', 'resource_type': 'share',
        'resource_id': SHARE_ID, 'resource_action': 'delete',
        'lock_reason': 'keep', 'created_at': '2026-01-01T00:00:00.000000',
        'updated_at': None, 'links': [],
    }  # fmt: skip
    body.update(extra)
    return body


class DataTestCase(base.ProxyTestCase):
    def assertExperimental(self, request, expected=True):
        header = request.headers.get(_experimental.HEADER)
        self.assertEqual('True' if expected else None, header)


class TestBackups(DataTestCase):
    def test_list_every_filter_detail_experimental(self):
        self.requests.get(
            base.url('share-backups', 'detail'),
            json={'share_backups': [backup_body()]},
        )
        backups = list(self.proxy.share_backups(
            name='n', description='d', status='available',
            share_id=SHARE_ID, host='h', topic='t', all_projects=True,
            sort_key='name', sort_dir='asc', **{'name~': 'n-part',
                                                'description~': 'd-part'},
        ))  # fmt: skip
        self.assertEqual([BACKUP_ID], [b.id for b in backups])
        self.assertIsInstance(backups[0], _backup.ShareBackup)
        self.assertEqual('100', backups[0].progress)
        self.assertEqual('full', backups[0].backup_type)
        self.assertRequest(
            self.history[0], 'GET', '/share-backups/detail',
            query={
                'name': ['n'], 'name~': ['n-part'], 'description': ['d'],
                'description~': ['d-part'], 'status': ['available'],
                'share_id': [SHARE_ID], 'host': ['h'], 'topic': ['t'],
                'all_tenants': ['True'], 'sort_key': ['name'],
                'sort_dir': ['asc'],
            },
        )  # fmt: skip
        # Manila serves every backup API as experimental only.
        self.assertExperimental(self.history[0])

    def test_list_summary(self):
        self.requests.get(
            base.url('share-backups'), json={'share_backups': []}
        )
        self.assertEqual([], list(self.proxy.share_backups(details=False)))
        self.assertRequest(self.history[0], 'GET', '/share-backups')

    def test_list_unknown_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            self.proxy.share_backups, project_id='p',
        )  # fmt: skip
        self.assertEqual([], self.history)

    def test_list_follows_share_backup_links_by_offset(self):
        # The backup list names its links share_backup_links.
        # Manila echoes the request's parameters in its next link.
        nxt = (
            base.url('share-backups', 'detail')
            + '?limit=1000&offset=3&marker=x'
        )
        self.requests.get(
            base.url('share-backups', 'detail'),
            [
                {'json': {
                    'share_backups': [backup_body()],
                    'share_backup_links': [{'rel': 'next', 'href': nxt}],
                }},
                {'json': {'share_backups': [backup_body(id=BACKUP_ID_2)]}},
            ],
        )  # fmt: skip
        backups = list(self.proxy.share_backups(offset=3))
        self.assertEqual([BACKUP_ID, BACKUP_ID_2], [b.id for b in backups])
        self.assertEqual(
            {'offset': ['4'], 'limit': ['1000']}, self.query(self.history[1])
        )
        self.assertExperimental(self.history[1])

    def test_list_limit_is_one_page(self):
        nxt = base.url('share-backups', 'detail') + '?limit=1&marker=x'
        self.requests.get(
            base.url('share-backups', 'detail'),
            json={
                'share_backups': [backup_body()],
                'share_backup_links': [{'rel': 'next', 'href': nxt}],
            },
        )
        self.assertEqual(1, len(list(self.proxy.share_backups(limit=1))))
        self.assertEqual(1, len(self.history))

    def test_get(self):
        self.requests.get(
            base.url('share-backups', BACKUP_ID),
            json={'share_backup': backup_body()},
        )
        backup = self.proxy.get_share_backup(BACKUP_ID)
        self.assertEqual(SHARE_ID, backup.share_id)
        self.assertRequest(
            self.history[0], 'GET', '/share-backups/' + BACKUP_ID
        )
        self.assertExperimental(self.history[0])

    def test_find_by_id(self):
        self.requests.get(
            base.url('share-backups', BACKUP_ID),
            json={'share_backup': backup_body()},
        )
        backup = self.proxy.find_share_backup(BACKUP_ID, ignore_missing=False)
        self.assertEqual('bk1', backup.name)
        self.assertEqual(1, len(self.history))

    def test_find_by_name_is_one_detail_list(self):
        self.requests.get(
            base.url('share-backups', 'detail'),
            json={'share_backups': [backup_body()]},
        )
        backup = self.proxy.find_share_backup('bk1', ignore_missing=False)
        self.assertEqual(BACKUP_ID, backup.id)
        self.assertRequest(
            self.history[0], 'GET', '/share-backups/detail',
            query={'name': ['bk1']},
        )  # fmt: skip

    def test_find_missing(self):
        self.requests.get(
            base.url('share-backups', 'detail'), json={'share_backups': []}
        )
        self.assertIsNone(self.proxy.find_share_backup('nope'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_backup, 'nope', ignore_missing=False,
        )  # fmt: skip

    def test_create(self):
        self.requests.post(
            base.url('share-backups'), status_code=202,
            json={'share_backup': backup_body(status='creating')},
        )  # fmt: skip
        backup = self.proxy.create_share_backup(
            share_id=SHARE_ID, name='bk1', description='d',
            backup_options={'backup_type': 'full'},
        )  # fmt: skip
        self.assertEqual('creating', backup.status)
        self.assertRequest(
            self.history[0], 'POST', '/share-backups',
            json={'share_backup': {
                'share_id': SHARE_ID, 'name': 'bk1', 'description': 'd',
                'backup_options': {'backup_type': 'full'},
            }},
        )  # fmt: skip
        self.assertExperimental(self.history[0])

    def test_update_and_clear(self):
        self.requests.put(
            base.url('share-backups', BACKUP_ID),
            json={'share_backup': backup_body(name='new')},
        )
        self.proxy.update_share_backup(BACKUP_ID, name='new')
        self.proxy.update_share_backup(BACKUP_ID, description=None)
        self.assertRequest(
            self.history[0], 'PUT', '/share-backups/' + BACKUP_ID,
            json={'share_backup': {'name': 'new'}},
        )  # fmt: skip
        self.assertEqual(
            {'share_backup': {'description': None}}, self.history[1].json()
        )

    def test_delete(self):
        self.requests.delete(
            base.url('share-backups', BACKUP_ID), status_code=202
        )
        self.proxy.delete_share_backup(BACKUP_ID, ignore_missing=False)
        self.assertRequest(
            self.history[0], 'DELETE', '/share-backups/' + BACKUP_ID
        )
        self.assertExperimental(self.history[0])

    def test_delete_missing(self):
        self.requests.delete(
            base.url('share-backups', BACKUP_ID), status_code=404
        )
        self.proxy.delete_share_backup(BACKUP_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_backup, BACKUP_ID, ignore_missing=False,
        )  # fmt: skip

    def test_restore_to_its_share(self):
        self.requests.post(
            base.url('share-backups', BACKUP_ID, 'action'), status_code=202,
            json={'restore': {'backup_id': BACKUP_ID, 'share_id': SHARE_ID}},
        )  # fmt: skip
        restored = self.proxy.restore_share_backup(BACKUP_ID)
        self.assertEqual(SHARE_ID, restored['share_id'])
        self.assertRequest(
            self.history[0], 'POST', f'/share-backups/{BACKUP_ID}/action',
            json={'restore': None},
        )  # fmt: skip
        self.assertExperimental(self.history[0])

    def test_restore_to_another_share(self):
        self.requests.post(
            base.url('share-backups', BACKUP_ID, 'action'), status_code=202,
            json={'restore': {'backup_id': BACKUP_ID,
                              'share_id': SHARE_ID_2}},
        )  # fmt: skip
        restored = self.proxy.restore_share_backup(BACKUP_ID, SHARE_ID_2)
        self.assertEqual(SHARE_ID_2, restored['share_id'])
        # Manila reads the target share's ID as the action's value.
        self.assertEqual({'restore': SHARE_ID_2}, self.history[0].json())

    def test_restore_refused(self):
        self.requests.post(
            base.url('share-backups', BACKUP_ID, 'action'), status_code=400,
            json={'badRequest': {'code': 400, 'message': 'too small'}},
        )  # fmt: skip
        self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.restore_share_backup, BACKUP_ID,
        )  # fmt: skip

    def test_reset_status(self):
        self.requests.post(
            base.url('share-backups', BACKUP_ID, 'action'), status_code=202
        )
        self.proxy.reset_share_backup_status(BACKUP_ID, 'error')
        self.assertRequest(
            self.history[0], 'POST', f'/share-backups/{BACKUP_ID}/action',
            json={'reset_status': {'status': 'error'}},
        )  # fmt: skip

    def test_restore_view_reads_restore_progress(self):
        self.requests.get(
            base.url('share-backups', BACKUP_ID),
            json={'share_backup': backup_body(restore_progress='40')},
        )
        view = _backup.ShareBackupRestore.existing(id=BACKUP_ID)
        view = view.fetch(self.proxy)
        self.assertEqual('40', view.progress)


class TestTransfers(DataTestCase):
    def test_list_reads_transfers_every_filter(self):
        # openstacksdk's ShareTransfer has no resources_key and yields one
        # empty transfer per response key instead.
        self.requests.get(
            base.url('share-transfers', 'detail'),
            json={'transfers': [transfer_body(),
                                transfer_body(id=TRANSFER_ID_2)]},
        )  # fmt: skip
        transfers = list(self.proxy.share_transfers(
            id=TRANSFER_ID, name='tr1', resource_type='share',
            resource_id=SHARE_ID, source_project_id='src',
            destination_project_id='dst', all_projects=True,
            sort_key='name', sort_dir='desc', **{'name~': 'tr'},
        ))  # fmt: skip
        self.assertEqual(
            [TRANSFER_ID, TRANSFER_ID_2], [t.id for t in transfers]
        )
        self.assertIsInstance(transfers[0], _transfer.ShareTransfer)
        self.assertFalse(transfers[0].is_accepted)
        self.assertRequest(
            self.history[0], 'GET', '/share-transfers/detail',
            query={
                'id': [TRANSFER_ID], 'name': ['tr1'], 'name~': ['tr'],
                'resource_type': ['share'], 'resource_id': [SHARE_ID],
                'source_project_id': ['src'],
                'destination_project_id': ['dst'],
                'all_tenants': ['True'], 'sort_key': ['name'],
                'sort_dir': ['desc'],
            },
        )  # fmt: skip
        self.assertExperimental(self.history[0], False)

    def test_list_summary_pages_by_offset(self):
        nxt = base.url('share-transfers') + '?limit=1000&offset=1&marker=x'
        self.requests.get(
            base.url('share-transfers'),
            [
                {'json': {
                    'transfers': [transfer_body()],
                    'transfers_links': [{'rel': 'next', 'href': nxt}],
                }},
                {'json': {'transfers': [transfer_body(id=TRANSFER_ID_2)]}},
            ],
        )  # fmt: skip
        transfers = list(self.proxy.share_transfers(details=False, offset=1))
        self.assertEqual(2, len(transfers))
        self.assertRequest(
            self.history[1], 'GET', '/share-transfers',
            query={'offset': ['2'], 'limit': ['1000']},
        )  # fmt: skip

    def test_get(self):
        self.requests.get(
            base.url('share-transfers', TRANSFER_ID),
            json={'transfer': transfer_body()},
        )
        transfer = self.proxy.get_share_transfer(TRANSFER_ID)
        self.assertEqual(SHARE_ID, transfer.resource_id)
        self.assertRequest(
            self.history[0], 'GET', '/share-transfers/' + TRANSFER_ID
        )

    def test_find_by_name(self):
        self.requests.get(
            base.url('share-transfers', 'detail'),
            json={'transfers': [transfer_body()]},
        )
        transfer = self.proxy.find_share_transfer('tr1', ignore_missing=False)
        self.assertEqual(TRANSFER_ID, transfer.id)
        self.assertRequest(
            self.history[0], 'GET', '/share-transfers/detail',
            query={'name': ['tr1']},
        )  # fmt: skip

    def test_find_by_id(self):
        self.requests.get(
            base.url('share-transfers', TRANSFER_ID),
            json={'transfer': transfer_body()},
        )
        self.assertEqual(
            'tr1', self.proxy.find_share_transfer(TRANSFER_ID).name
        )
        self.assertEqual(1, len(self.history))

    def test_create_returns_the_auth_key(self):
        self.requests.post(
            base.url('share-transfers'), status_code=202,
            json={'transfer': transfer_body(auth_key='secret')},
        )  # fmt: skip
        transfer = self.proxy.create_share_transfer(
            share_id=SHARE_ID, name='tr1'
        )
        self.assertEqual('secret', transfer.auth_key)
        self.assertRequest(
            self.history[0], 'POST', '/share-transfers',
            json={'transfer': {'share_id': SHARE_ID, 'name': 'tr1'}},
        )  # fmt: skip

    def test_delete(self):
        self.requests.delete(base.url('share-transfers', TRANSFER_ID))
        self.proxy.delete_share_transfer(TRANSFER_ID, ignore_missing=False)
        self.assertRequest(
            self.history[0], 'DELETE', '/share-transfers/' + TRANSFER_ID
        )

    def test_accept(self):
        self.requests.post(
            base.url('share-transfers', TRANSFER_ID, 'accept'),
            status_code=202,
        )
        self.proxy.accept_share_transfer(TRANSFER_ID, 'key')
        self.proxy.accept_share_transfer(
            TRANSFER_ID, 'key', clear_access_rules=True
        )
        self.assertRequest(
            self.history[0], 'POST', f'/share-transfers/{TRANSFER_ID}/accept',
            json={'accept': {'auth_key': 'key'}},
        )  # fmt: skip
        self.assertEqual(
            {'accept': {'auth_key': 'key', 'clear_access_rules': True}},
            self.history[1].json(),
        )

    def test_accept_wrong_key(self):
        self.requests.post(
            base.url('share-transfers', TRANSFER_ID, 'accept'),
            status_code=400,
            json={'badRequest': {'code': 400, 'message': 'Invalid auth key'}},
        )
        self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.accept_share_transfer, TRANSFER_ID, 'wrong',
        )  # fmt: skip


class TestResourceLocks(DataTestCase):
    def test_list_every_seed_filter(self):
        self.requests.get(
            base.url('resource-locks'),
            json={'resource_locks': [lock_body(), lock_body(id=LOCK_ID_2)]},
        )
        locks = list(self.proxy.resource_locks(
            project_id='p', user_id='u', all_projects=True, id=LOCK_ID,
            resource_id=SHARE_ID, resource_action='delete',
            resource_type='share', lock_context='user', lock_reason='r',
            created_since='2026-01-01', created_before='2026-02-01',
            with_count=True, sort_key='created_at', sort_dir='asc',
            **{'lock_reason~': 'r-part'},
        ))  # fmt: skip
        self.assertEqual([LOCK_ID, LOCK_ID_2], [lk.id for lk in locks])
        self.assertIsInstance(locks[0], _lock.ResourceLock)
        self.assertEqual('keep', locks[0].lock_reason)
        self.assertRequest(
            self.history[0], 'GET', '/resource-locks',
            query={
                'project_id': ['p'], 'user_id': ['u'],
                'all_projects': ['True'], 'id': [LOCK_ID],
                'resource_id': [SHARE_ID], 'resource_action': ['delete'],
                'resource_type': ['share'], 'lock_context': ['user'],
                'lock_reason': ['r'], 'lock_reason~': ['r-part'],
                'created_since': ['2026-01-01'],
                'created_before': ['2026-02-01'], 'with_count': ['True'],
                'sort_key': ['created_at'], 'sort_dir': ['asc'],
            },
        )  # fmt: skip

    def test_list_pages_by_offset(self):
        nxt = base.url('resource-locks') + '?limit=1000&offset=2&marker=x'
        self.requests.get(
            base.url('resource-locks'),
            [
                {'json': {
                    'resource_locks': [lock_body(), lock_body(id='l2')],
                    'resource_locks_links': [{'rel': 'next', 'href': nxt}],
                }},
                {'json': {'resource_locks': [lock_body(id='l3')]}},
            ],
        )  # fmt: skip
        locks = list(self.proxy.resource_locks(offset=2))
        self.assertEqual(3, len(locks))
        self.assertEqual(
            {'offset': ['4'], 'limit': ['1000']}, self.query(self.history[1])
        )

    def test_get(self):
        self.requests.get(
            base.url('resource-locks', LOCK_ID),
            json={'resource_lock': lock_body()},
        )
        lock = self.proxy.get_resource_lock(LOCK_ID)
        self.assertEqual('delete', lock.resource_action)
        self.assertRequest(
            self.history[0], 'GET', '/resource-locks/' + LOCK_ID
        )

    def test_find_by_id_is_one_get(self):
        self.requests.get(
            base.url('resource-locks', LOCK_ID),
            json={'resource_lock': lock_body()},
        )
        self.assertEqual(LOCK_ID, self.proxy.find_resource_lock(LOCK_ID).id)
        self.assertEqual(1, len(self.history))

    def test_find_not_an_id_sends_nothing(self):
        self.assertIsNone(self.proxy.find_resource_lock('name'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_resource_lock, 'name', ignore_missing=False,
        )  # fmt: skip
        self.assertEqual([], self.history)

    def test_find_missing_id(self):
        self.requests.get(base.url('resource-locks', LOCK_ID), status_code=404)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_resource_lock, LOCK_ID, ignore_missing=False,
        )  # fmt: skip

    def test_create(self):
        self.requests.post(
            base.url('resource-locks'), json={'resource_lock': lock_body()}
        )
        lock = self.proxy.create_resource_lock(
            resource_id=SHARE_ID, resource_type='share',
            resource_action='delete', lock_reason='keep',
        )  # fmt: skip
        self.assertEqual(LOCK_ID, lock.id)
        self.assertRequest(
            self.history[0], 'POST', '/resource-locks',
            json={'resource_lock': {
                'resource_id': SHARE_ID, 'resource_type': 'share',
                'resource_action': 'delete', 'lock_reason': 'keep',
            }},
        )  # fmt: skip

    def test_create_sends_a_resource_type(self):
        # Manila answers 500 to a lock without one.
        self.requests.post(
            base.url('resource-locks'), json={'resource_lock': lock_body()}
        )
        self.proxy.create_resource_lock(resource_id=SHARE_ID)
        self.assertEqual(
            {'resource_lock': {'resource_id': SHARE_ID,
                               'resource_type': 'share'}},
            self.history[0].json(),
        )  # fmt: skip

    def test_update_and_clear_reason(self):
        self.requests.put(
            base.url('resource-locks', LOCK_ID),
            json={'resource_lock': lock_body(lock_reason=None)},
        )
        self.proxy.update_resource_lock(LOCK_ID, resource_action='show')
        self.proxy.update_resource_lock(LOCK_ID, lock_reason=None)
        self.assertRequest(
            self.history[0], 'PUT', '/resource-locks/' + LOCK_ID,
            json={'resource_lock': {'resource_action': 'show'}},
        )  # fmt: skip
        self.assertEqual(
            {'resource_lock': {'lock_reason': None}}, self.history[1].json()
        )

    def test_delete(self):
        self.requests.delete(
            base.url('resource-locks', LOCK_ID), status_code=204
        )
        self.assertIsNone(
            self.proxy.delete_resource_lock(LOCK_ID, ignore_missing=False)
        )
        self.assertRequest(
            self.history[0], 'DELETE', '/resource-locks/' + LOCK_ID
        )

    def test_delete_missing(self):
        self.requests.delete(
            base.url('resource-locks', LOCK_ID), status_code=404
        )
        self.proxy.delete_resource_lock(LOCK_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_resource_lock, LOCK_ID, ignore_missing=False,
        )  # fmt: skip


class TestFindLockableResource(DataTestCase):
    def share(self, status_code=200):
        self.requests.get(
            base.url('shares', SHARE_ID), status_code=status_code,
            json={'share': {'id': SHARE_ID, 'name': 's'}},
        )  # fmt: skip

    def rule(self, rule_id=RULE_ID, status_code=200):
        self.requests.get(
            base.url('share-access-rules', rule_id), status_code=status_code,
            json={'access': {'id': rule_id, 'share_id': SHARE_ID}},
        )  # fmt: skip

    def test_share_by_id_without_type_checks_both(self):
        self.share()
        self.rule(SHARE_ID, status_code=404)
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        kind, found = self.proxy.find_lockable_resource(SHARE_ID)
        self.assertEqual(('share', SHARE_ID), (kind, found.id))
        self.assertEqual(
            ['/v2/shares/' + SHARE_ID, '/v2/share-access-rules/' + SHARE_ID],
            [r.path for r in self.history],
        )

    def test_access_rule_by_id_without_type(self):
        self.requests.get(base.url('shares', RULE_ID), status_code=404)
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        self.rule()
        kind, found = self.proxy.find_lockable_resource(RULE_ID)
        self.assertEqual(('access_rule', RULE_ID), (kind, found.id))
        self.assertRequest(
            self.history[-1], 'GET', '/share-access-rules/' + RULE_ID
        )

    def test_share_by_name(self):
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [{'id': SHARE_ID, 'name': 's'}]},
        )
        kind, found = self.proxy.find_lockable_resource('s', 'share')
        self.assertEqual(('share', SHARE_ID), (kind, found.id))
        self.assertEqual(1, len(self.history))

    def test_share_by_name_in_every_project(self):
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [{'id': SHARE_ID, 'name': 's'}]},
        )
        self.proxy.find_lockable_resource('s', 'share', all_projects=True)
        self.assertEqual(
            {'name': ['s'], 'all_tenants': ['True']},
            self.query(self.history[0]),
        )

    def test_access_rule_by_type_is_one_get(self):
        self.rule()
        kind, found = self.proxy.find_lockable_resource(RULE_ID, 'access_rule')
        self.assertEqual('access_rule', kind)
        self.assertEqual(1, len(self.history))

    def test_access_rule_by_name(self):
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_lockable_resource, 'rule', 'access_rule',
        )  # fmt: skip
        self.assertIn('by ID', str(err))
        self.assertEqual([], self.history)

    def test_both(self):
        self.share()
        self.rule(SHARE_ID)
        err = self.assertRaises(
            exceptions.SDKException,
            self.proxy.find_lockable_resource, SHARE_ID,
        )  # fmt: skip
        self.assertIn('give the resource type', str(err))

    def test_neither(self):
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_lockable_resource, 'nope',
        )  # fmt: skip
        self.assertIn('No share or access rule', str(err))

    def test_unknown_type_sends_nothing(self):
        err = self.assertRaises(
            exceptions.SDKException,
            self.proxy.find_lockable_resource, SHARE_ID, 'share_network',
        )  # fmt: skip
        self.assertIn("Unknown resource type 'share_network'", str(err))
        self.assertEqual([], self.history)
