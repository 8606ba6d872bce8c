"""openstack share quota|limits|pool|availability zone|service|message|
qos type ..., against the local cloud.

Other engineers' tests run at the same time on the same cloud: quotas are
changed only on demo2, on a share type made here or for a short moment on
the demo2 user, and always restored; only a service no share can land on
(manila-data, or the DHSS back end dummy4 for a moment) is disabled.
"""

from tests.functional import base

MEMBER2 = 'local-member2'
PROJECT2 = 'demo2'
USER2 = 'demo2'


class OperationsTestCase(base.TestCase):
    def share_type_for_quotas(self):
        """A public DHSS=False share type only this test uses."""
        client = base.proxy(base.ADMIN)
        name = base.unique('quota-type')
        share_type = client.create_share_type(
            name,
            is_public=True,
            extra_specs={'driver_handles_share_servers': 'False'},
        )
        self.addCleanup(
            client.delete_share_type, share_type.id, ignore_missing=True
        )
        return share_type

    def quota(self, *args, cloud=base.ADMIN):
        return self.ok_json(['share', 'quota', 'show', *args], cloud=cloud)

    def restore_quota_later(self, project, key, *scope):
        """Put quota ``key`` of ``project`` back as it is now, at cleanup."""
        value = self.quota(project, *scope)[key]
        flag = '--' + key.replace('_', '-')
        self.addCleanup(
            self.ok, ['share', 'quota', 'set', project, *scope, flag,
                      str(value)],
        )  # fmt: skip
        return value


class TestQuotas(OperationsTestCase):
    def test_show_project_detail_defaults_and_class(self):
        quotas = self.quota(PROJECT2)
        defaults = self.quota(PROJECT2, '--defaults')
        for key in (
            'shares',
            'gigabytes',
            'backups',
            'backup_gigabytes',
            'per_share_gigabytes',
            'encryption_keys',
            'id',
        ):
            self.assertIn(key, quotas)
        self.assertIn('backups', defaults)
        detail = self.quota(PROJECT2, '--detail')
        self.assertEqual(
            {'in_use', 'limit', 'reserved'}, set(detail['shares'])
        )
        self.assertEqual(quotas['shares'], detail['shares']['limit'])
        # Quota classes can be shown: the default class gives the defaults.
        default_class = self.quota('--class', 'default')
        self.assertEqual('default', default_class['id'])
        self.assertEqual(defaults['shares'], default_class['shares'])
        self.assertEqual(defaults['backups'], default_class['backups'])

    def test_member_shows_its_own_project(self):
        as_admin = self.quota(PROJECT2)
        as_member = self.quota(PROJECT2, cloud=MEMBER2)
        self.assertEqual(as_admin['id'], as_member['id'])
        self.assertEqual(as_admin['shares'], as_member['shares'])

    def test_backup_quotas_and_unlimited(self):
        self.restore_quota_later(PROJECT2, 'backups')
        self.restore_quota_later(PROJECT2, 'backup_gigabytes')
        self.ok(['share', 'quota', 'set', PROJECT2, '--backups', '-1',
                 '--backup-gigabytes', '77'])  # fmt: skip
        quotas = self.quota(PROJECT2)
        self.assertEqual(-1, quotas['backups'])
        self.assertEqual(77, quotas['backup_gigabytes'])
        out = self.ok(['share', 'quota', 'show', PROJECT2, '-f', 'value',
                       '-c', 'backups'])  # fmt: skip
        self.assertEqual('-1', out.strip())

    def test_share_type_quota_refuses_the_next_share(self):
        share_type = self.share_type_for_quotas()
        scope = ['--share-type', share_type.name]
        self.ok(['share', 'quota', 'set', PROJECT2, *scope, '--shares', '1'])
        self.addCleanup(
            self.ok, ['share', 'quota', 'delete', PROJECT2, *scope]
        )
        self.assertEqual(1, self.quota(PROJECT2, *scope)['shares'])
        self.create_share(
            cloud=MEMBER2, share_type=share_type.id, name=base.unique('q1')
        )
        name = base.unique('q2')
        rc, out, err = self.fails(
            ['share', 'create', 'NFS', '1', '--name', name,
             '--share-type', share_type.name],
            cloud=MEMBER2, rc=1,
        )  # fmt: skip
        self.assertOneLineError(
            err, 'Maximum number of shares allowed (1)', 'quota is exceeded'
        )
        self.assertIsNone(base.proxy(MEMBER2).find_share(name))
        detail = self.quota(PROJECT2, *scope, '--detail')
        self.assertEqual(1, detail['shares']['in_use'])
        # Below what is in use: Manila's reason, and nothing changes...
        rc, out, err = self.fails(
            ['share', 'quota', 'set', PROJECT2, *scope, '--shares', '0'],
            rc=1,
        )
        self.assertOneLineError(
            err, 'Quota value 0 for shares is smaller than already used'
        )
        self.assertEqual(1, self.quota(PROJECT2, *scope)['shares'])
        # ... unless forced, as Manila allows.
        self.ok(['share', 'quota', 'set', PROJECT2, *scope, '--shares', '0',
                 '--force'])  # fmt: skip
        self.assertEqual(0, self.quota(PROJECT2, *scope)['shares'])
        # Deleted: back to the project's quota.
        self.ok(['share', 'quota', 'delete', PROJECT2, *scope])
        self.assertEqual(
            self.quota(PROJECT2)['shares'],
            self.quota(PROJECT2, *scope)['shares'],
        )

    def test_user_quota_refuses_a_share_too_big(self):
        scope = ['--user', USER2, '--user-domain', 'Default']
        used = self.quota(PROJECT2, *scope, '--detail')['gigabytes']
        room = used['in_use'] + used['reserved'] + 5
        self.ok(['share', 'quota', 'set', PROJECT2, '--project-domain',
                 'Default', *scope, '--gigabytes', str(room)])  # fmt: skip
        self.addCleanup(
            self.ok, ['share', 'quota', 'delete', PROJECT2, *scope]
        )
        self.assertEqual(room, self.quota(PROJECT2, *scope)['gigabytes'])
        name = base.unique('too-big')
        rc, out, err = self.fails(
            ['share', 'create', 'NFS', '6', '--name', name], cloud=MEMBER2,
            rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'gigabytes')
        self.assertIsNone(base.proxy(MEMBER2).find_share(name))
        self.ok(['share', 'quota', 'delete', PROJECT2, *scope])
        self.assertEqual(
            self.quota(PROJECT2)['gigabytes'],
            self.quota(PROJECT2, *scope)['gigabytes'],
        )

    def test_quota_class_set_and_show(self):
        # Manila has no way to delete a quota class: a class no project
        # belongs to changes nothing for anyone.
        name = base.unique('class')
        self.ok(['share', 'quota', 'set', name, '--class', '--shares', '7',
                 '--backups', '3', '--backup-gigabytes', '-1'])  # fmt: skip
        shown = self.quota('--class', name)
        self.assertEqual((name, 7, 3, -1), (
            shown['id'], shown['shares'], shown['backups'],
            shown['backup_gigabytes']))  # fmt: skip

    def test_bad_input_changes_nothing(self):
        before = self.quota(PROJECT2)
        for args, needle in (
            (['--shares', '-2'], '--shares must be a whole number, or -1'),
            (['--gigabytes', 'lots'], '--gigabytes must be a whole number'),
            (['--user', USER2, '--share-type', 'default', '--shares', '1'],
             '--user and --share-type cannot be used together'),
            ([], 'Nothing to set'),
        ):  # fmt: skip
            rc, out, err = self.fails(
                ['share', 'quota', 'set', PROJECT2, *args], rc=1
            )
            self.assertOneLineError(err, needle)
        rc, out, err = self.fails(
            ['share', 'quota', 'show', base.unique('no-project')], rc=1
        )
        self.assertOneLineError(err, 'No Project found')
        rc, out, err = self.fails(
            ['share', 'quota', 'show', PROJECT2, '--user', USER2,
             '--share-type', 'default'], rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, '--user and --share-type')
        # A member may not set or delete quotas.
        for args in (['set', PROJECT2, '--shares', '1'], ['delete', PROJECT2]):
            rc, out, err = self.fails(
                ['share', 'quota', *args], cloud=MEMBER2, rc=1
            )
            self.assertOneLineError(err, 'denied')
        self.assertEqual(before, self.quota(PROJECT2))


class TestLimitsPoolsZones(OperationsTestCase):
    def test_limits_show(self):
        for args in ([], ['--absolute']):
            rows = self.ok_json(['share', 'limits', 'show', *args],
                                cloud=base.MEMBER)  # fmt: skip
            limits = {row['Name']: row['Value'] for row in rows}
            self.assertIn('maxTotalShares', limits)
            self.assertIn('totalSharesUsed', limits)
            self.assertIn('maxTotalShareBackups', limits)
        rate = self.ok_json(['share', 'limits', 'show', '--rate'])
        self.assertIsInstance(rate, list)
        rc, out, err = self.fails(
            ['share', 'limits', 'show', '--absolute', '--rate'], rc=1
        )
        self.assertOneLineError(err, 'cannot be used together')

    def test_pool_list(self):
        pools = self.ok_json(['share', 'pool', 'list'])
        names = {p['Name'] for p in pools}
        self.assertIn('localcloud@dummy1#fake_pool_for_dummy1', names)
        self.assertEqual({'Name', 'Host', 'Backend', 'Pool'}, set(pools[0]))
        only = self.ok_json(['share', 'pool', 'list', '--backend', 'dummy1',
                             '--detail'])  # fmt: skip
        self.assertEqual(['dummy1'], [p['Backend'] for p in only])
        capabilities = only[0]['Capabilities']
        self.assertIsInstance(capabilities, dict)
        self.assertEqual('dummy1', capabilities['share_backend_name'])
        self.assertIn('free_capacity_gb', capabilities)
        # The DHSS=True type: no DHSS=False pool.
        dhss = self.ok_json(['share', 'pool', 'list', '--share-type',
                             'dhss_true'])  # fmt: skip
        self.assertNotIn('dummy1', {p['Backend'] for p in dhss})
        rc, out, err = self.fails(['share', 'pool', 'list'],
                                  cloud=base.MEMBER, rc=1)  # fmt: skip
        self.assertOneLineError(err, 'denied')

    def test_availability_zone_list(self):
        zones = self.ok_json(['share', 'availability', 'zone', 'list'],
                             cloud=base.MEMBER)  # fmt: skip
        self.assertIn('nova', [z['Name'] for z in zones])
        self.assertEqual(
            {'Id', 'Name', 'Created At', 'Updated At'}, set(zones[0])
        )


class TestServices(OperationsTestCase):
    def service(self, host, binary):
        found = self.ok_json(['share', 'service', 'list', '--host', host,
                              '--binary', binary])  # fmt: skip
        self.assertEqual(1, len(found), found)
        return found[0]

    def test_list_and_filters(self):
        services = self.ok_json(['share', 'service', 'list'])
        self.assertEqual(
            {'ID', 'Binary', 'Host', 'Zone', 'Status', 'State', 'Updated At',
             'Disabled Reason', 'Ensuring'},
            set(services[0]),
        )  # fmt: skip
        binaries = {s['Binary'] for s in services}
        self.assertLessEqual(
            {'manila-share', 'manila-scheduler', 'manila-data'}, binaries
        )
        shares = self.ok_json(['share', 'service', 'list', '--binary',
                               'manila-share', '--state', 'up', '--zone',
                               'nova'])  # fmt: skip
        self.assertIn('localcloud@dummy1', {s['Host'] for s in shares})
        self.assertEqual({'manila-share'}, {s['Binary'] for s in shares})
        old = self.ok_json(['--os-share-api-version', '2.82', 'share',
                            'service', 'list'])  # fmt: skip
        self.assertNotIn('Disabled Reason', old[0])
        rc, out, err = self.fails(
            ['share', 'service', 'list'], cloud=base.MEMBER, rc=1
        )
        self.assertOneLineError(err, 'denied')

    def test_disable_and_enable_manila_data(self):
        # No share lands on manila-data: disabling it starves no one.
        host = self.service('localcloud', 'manila-data')['Host']
        enable = ['share', 'service', 'set', host, 'manila-data', '--enable']
        self.addCleanup(self.ok, enable)
        reason = base.unique('maintenance')
        self.ok(['share', 'service', 'set', host, 'manila-data',
                 '--disable', '--disable-reason', reason])  # fmt: skip
        disabled = self.service(host, 'manila-data')
        self.assertEqual(
            ('disabled', reason),
            (disabled['Status'], disabled['Disabled Reason']),
        )
        listed = self.ok_json(
            [
                'share',
                'service',
                'list',
                '--status',
                'disabled',
                '--binary',
                'manila-data',
            ]
        )
        self.assertIn(host, {s['Host'] for s in listed})
        self.ok(enable)
        enabled = self.service(host, 'manila-data')
        self.assertEqual(
            ('enabled', None), (enabled['Status'], enabled['Disabled Reason'])
        )

    def test_disable_and_enable_one_backend_for_a_moment(self):
        # dummy4 (DHSS=True) has an alternative, dummy2, for a moment.
        host = 'localcloud@dummy4'
        enable = ['share', 'service', 'set', host, 'manila-share', '--enable']
        self.addCleanup(self.ok, enable)
        self.ok(['share', 'service', 'set', host, 'manila-share',
                 '--disable'])  # fmt: skip
        try:
            self.assertEqual(
                'disabled', self.service(host, 'manila-share')['Status']
            )
        finally:
            self.ok(enable)
        self.assertEqual(
            'enabled', self.service(host, 'manila-share')['Status']
        )

    def test_ensure_shares(self):
        # dummy4 holds no shares but those of share-server tests, if any.
        self.ok(['share', 'service', 'ensure', 'shares', 'localcloud@dummy4'])
        rc, out, err = self.fails(
            ['share', 'service', 'ensure', 'shares', 'no-such-host'], rc=1
        )
        self.assertOneLineError(
            err, 'No manila-share service on host no-such-host'
        )

    def test_set_bad_input_changes_nothing(self):
        before = self.service('localcloud', 'manila-data')
        for args, needle in (
            (['localcloud', 'manila-nope', '--disable'],
             'Could not find binary manila-nope on host localcloud'),
            (['no-such-host', 'manila-share', '--disable'],
             'Could not find binary manila-share on host no-such-host'),
            (['localcloud', 'manila-data'], 'Give one of --enable or'),
            (['localcloud', 'manila-data', '--enable', '--disable-reason',
              'x'], '--disable-reason can only be used with --disable'),
        ):  # fmt: skip
            rc, out, err = self.fails(['share', 'service', 'set', *args], rc=1)
            self.assertOneLineError(err, needle)
        rc, out, err = self.fails(
            ['share', 'service', 'set', 'localcloud', 'manila-data',
             '--disable'], cloud=base.MEMBER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'denied')
        after = self.service('localcloud', 'manila-data')
        self.assertEqual(before['Status'], after['Status'])


class TestMessages(OperationsTestCase):
    def failed_share(self):
        """A share no back end can take: in error, with a user message."""
        client = base.proxy(base.ADMIN)
        share_type = client.create_share_type(
            base.unique('nohost'),
            is_public=True,
            extra_specs={
                'driver_handles_share_servers': 'False',
                'share_backend_name': 'no-such-backend',
            },
        )
        self.addCleanup(
            client.delete_share_type, share_type.id, ignore_missing=True
        )
        share = self.create_share(
            cloud=base.MEMBER, share_type=share_type.id, wait=False
        )
        from openstack import exceptions

        try:
            base.proxy(base.MEMBER).wait_for_status(
                share, 'error', failures=['available'], interval=1,
                wait=base.FIXTURE_WAIT,
            )  # fmt: skip
        except exceptions.ResourceFailure:
            self.fail(f'share {share.id} did not go to error')
        return share

    def test_message_of_a_failed_share(self):
        share = self.failed_share()
        messages = self.ok_json(['share', 'message', 'list', '--resource-id',
                                 share.name], cloud=base.MEMBER)  # fmt: skip
        self.assertEqual(1, len(messages), messages)
        message = messages[0]
        self.assertEqual(share.id, message['Resource ID'])
        self.assertEqual('SHARE', message['Resource Type'])
        self.assertIn('No storage could be allocated', message['User Message'])
        self.assertEqual(
            {'ID', 'Resource Type', 'Resource ID', 'Action ID',
             'User Message', 'Detail ID', 'Created At'},
            set(message),
        )  # fmt: skip
        by_type = self.ok_json(['share', 'message', 'list', '--resource-id',
                                share.name, '--resource-type', 'share',
                                '--message-level', 'ERROR',
                                '--action-id', message['Action ID']],
                               cloud=base.MEMBER)  # fmt: skip
        self.assertEqual([message['ID']], [m['ID'] for m in by_type])
        since = self.ok_json(
            [
                'share',
                'message',
                'list',
                '--resource-id',
                share.id,
                '--since',
                '2000-01-01T00:00:00',
                '--before',
                '2000-01-02T00:00:00',
            ]
        )
        self.assertEqual([], since)
        shown = self.ok_json(['share', 'message', 'show', message['ID']],
                             cloud=base.MEMBER)  # fmt: skip
        self.assertEqual(share.id, shown['resource_id'])
        self.assertEqual('ERROR', shown['message_level'])
        for key in ('expires_at', 'request_id', 'detail_id', 'user_message'):
            self.assertIn(key, shown)
        # Several at once: the missing one is named, the other deleted.
        missing = '00000000-0000-0000-0000-000000000000'
        rc, out, err = self.fails(
            ['share', 'message', 'delete', message['ID'], missing],
            cloud=base.MEMBER, rc=1,
        )  # fmt: skip
        self.assertIn(missing, err)
        self.assertEqual(
            '1 of 2 messages failed to delete.', err.strip().splitlines()[-1]
        )
        self.assertEqual(
            [], self.ok_json(['share', 'message', 'list', '--resource-id',
                              share.name], cloud=base.MEMBER),
        )  # fmt: skip

    def test_errors(self):
        missing = base.unique('no-share')
        rc, out, err = self.fails(
            ['share', 'message', 'list', '--resource-id', missing], rc=1
        )
        line = self.assertOneLineError(err, missing)
        self.assertIn('no share found', line.lower())
        rc, out, err = self.fails(
            ['share', 'message', 'show',
             '00000000-0000-0000-0000-000000000000'], rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'could not be found')
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.36', 'share', 'message', 'list'],
            rc=1,
        )
        self.assertOneLineError(err, 'requires --os-share-api-version 2.37')


class TestQosTypes(OperationsTestCase):
    def test_lifecycle(self):
        name = base.unique('qos')
        created = self.ok_json(['share', 'qos', 'type', 'create', name,
                                '--description', 'first', '--spec',
                                'peak_iops=300', '--spec',
                                'expected_iops=100'])  # fmt: skip
        self.addCleanup(
            self.openstack,
            ['share', 'qos', 'type', 'delete', name],
            fail_ok=True,
        )
        self.assertEqual(
            {'peak_iops': '300', 'expected_iops': '100'}, created['specs']
        )
        self.assertEqual('first', created['description'])
        listed = self.ok_json(['share', 'qos', 'type', 'list', '--name',
                               name])  # fmt: skip
        self.assertEqual([created['id']], [q['ID'] for q in listed])
        self.assertEqual(created['specs'], listed[0]['Specs'])
        like = self.ok_json(['share', 'qos', 'type', 'list', '--name~',
                             name[4:], '--sort-key', 'name', '--sort-dir',
                             'desc', '--limit', '5'])  # fmt: skip
        self.assertIn(created['id'], [q['ID'] for q in like])
        self.ok(['share', 'qos', 'type', 'set', name, '--description',
                 'second', '--spec', 'peak_iops=500'])  # fmt: skip
        shown = self.ok_json(['share', 'qos', 'type', 'show', name])
        self.assertEqual('second', shown['description'])
        self.assertEqual('500', shown['specs']['peak_iops'])
        self.ok(['share', 'qos', 'type', 'unset', name, '--description',
                 '--spec', 'expected_iops'])  # fmt: skip
        shown = self.ok_json(['share', 'qos', 'type', 'show', created['id']])
        self.assertIsNone(shown['description'])
        self.assertEqual({'peak_iops': '500'}, shown['specs'])
        # Several at once, one missing.
        missing = base.unique('no-qos')
        rc, out, err = self.fails(
            ['share', 'qos', 'type', 'delete', name, missing], rc=1
        )
        self.assertIn(missing, err)
        self.assertEqual(
            '1 of 2 QoS types failed to delete.', err.strip().splitlines()[-1]
        )
        self.assertEqual(
            [], self.ok_json(['share', 'qos', 'type', 'list', '--name', name])
        )

    def test_errors_change_nothing(self):
        name = base.unique('qos')
        rc, out, err = self.fails(
            ['share', 'qos', 'type', 'create', name, '--spec', 'peak_iops'],
            rc=1,
        )
        self.assertOneLineError(err, "--spec 'peak_iops' is not of the form")
        self.assertEqual(
            [], self.ok_json(['share', 'qos', 'type', 'list', '--name', name])
        )
        rc, out, err = self.fails(
            ['share', 'qos', 'type', 'create', name], cloud=base.MEMBER, rc=1
        )
        self.assertOneLineError(err)
        self.assertEqual(
            [], self.ok_json(['share', 'qos', 'type', 'list', '--name', name])
        )
        rc, out, err = self.fails(['share', 'qos', 'type', 'show', name], rc=1)
        self.assertOneLineError(err, name)
