"""openstack share security service ..."""

import logging
from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import security_service as _ss
from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.v2 import share_security_service as ss_cmd
from tests.unit.v2 import fakes


def by_name(items):
    def find(name_or_id, ignore_missing=True, **query):
        for item in items:
            if name_or_id in (item.id, item.name):
                return item
        raise sdk_exceptions.NotFoundException(f'No such thing {name_or_id}')

    return find


class ServiceCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.service = fakes.fake(
            _ss.SecurityService, name='ldap1', type='ldap', password='sekrit'
        )
        self.client.find_security_service.side_effect = by_name([self.service])
        self.net = fakes.fake(_sn.ShareNetwork, name='net1')
        self.client.find_share_network.side_effect = by_name([self.net])


class TestCreateService(ServiceCase):
    command = ss_cmd.CreateShareSecurityService

    def setUp(self):
        super().setUp()
        self.client.create_security_service.return_value = self.service

    def test_create_every_field(self):
        columns, data = self.run_command(
            [
                'active_directory',
                '--dns-ip',
                '1.1.1.1',
                '--ou',
                'OU',
                '--domain',
                'd',
                '--user',
                'u',
                '--password',
                'pw',
                '--name',
                'n',
                '--description',
                'desc',
                '--default-ad-site',
                'site',
            ]
        )
        self.client.create_security_service.assert_called_once_with(
            type='active_directory',
            dns_ip='1.1.1.1',
            ou='OU',
            domain='d',
            user='u',
            password='pw',
            name='n',
            description='desc',
            default_ad_site='site',
        )
        fields = dict(zip(columns, data))
        self.assertEqual(ss_cmd.MASK, fields['password'])
        self.assertEqual('ldap1', fields['name'])

    def test_show_password_when_asked(self):
        columns, data = self.run_command(['ldap', '--show-password'])
        self.assertEqual('sekrit', dict(zip(columns, data))['password'])

    def test_unknown_type(self):
        parsed = self.parse(['nis'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn("'nis'", str(err))
        self.assertIn('ldap, kerberos, active_directory', str(err))
        self.client.create_security_service.assert_not_called()

    def test_type_required(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])

    def test_ad_server_and_site(self):
        parsed = self.parse(
            ['active_directory', '--server', 's', '--default-ad-site', 'site']
        )
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--default-ad-site', str(err))
        self.client.create_security_service.assert_not_called()

    def test_ldap_server_and_site_go_to_the_server(self):
        self.run_command(['ldap', '--server', 's', '--default-ad-site', 'x'])
        self.client.create_security_service.assert_called_once_with(
            type='ldap', server='s', default_ad_site='x'
        )

    def test_gates(self):
        for version, flag in (('2.43', '--ou'), ('2.75', '--default-ad-site')):
            self.set_share_api_version(version)
            parsed = self.parse(['ldap', flag, 'x'])
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed
            )
            self.assertIn(flag, str(err))
        self.client.create_security_service.assert_not_called()

    def test_password_kept_out_of_debug_logs(self):
        handler = logging.StreamHandler(mock.Mock())
        records = []
        handler.emit = records.append
        logging.getLogger().addHandler(handler)
        self.addCleanup(logging.getLogger().removeHandler, handler)

        def create(**attrs):
            logging.getLogger('keystoneauth.session').warning(
                'REQ: -d \'{"security_service": {"password": "pw"}}\''
            )
            return self.service

        self.client.create_security_service.side_effect = create
        logging.getLogger(self.cmd.log.name).setLevel(logging.DEBUG)
        self.cmd.run(self.parse(['ldap', '--password', 'pw']))
        messages = [r.getMessage() for r in records]
        self.assertTrue(any('"password": "******"' in m for m in messages))
        # osc-lib logs the parsed arguments too.
        self.assertTrue(any(m.startswith('run(Namespace(') for m in messages))
        self.assertFalse(any('"pw"' in m for m in messages))
        self.assertNotIn('sekrit', self.app.stdout.make_string())
        # The filter is gone afterwards.
        self.assertEqual([], handler.filters)


class TestDeleteService(ServiceCase):
    command = ss_cmd.DeleteShareSecurityService

    def test_delete_partial_failure(self):
        parsed = self.parse(['ldap1', 'nope'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual(
            '1 of 2 security services failed to delete.', str(err)
        )
        self.client.delete_security_service.assert_called_once_with(
            self.service, ignore_missing=False
        )


class TestListService(ServiceCase):
    command = ss_cmd.ListShareSecurityService

    def setUp(self):
        super().setUp()
        self.client.security_services.return_value = iter([self.service])

    def test_list(self):
        columns, data = self.run_command([])
        self.client.security_services.assert_called_once_with(details=False)
        self.assertEqual(('ID', 'Name', 'Status', 'Type'), columns)
        s = self.service
        self.assertEqual([(s.id, s.name, s.status, s.type)], list(data))

    def test_list_detail_all_projects(self):
        self.service.share_networks = [self.net.id]
        columns, data = self.run_command(['--detail', '--all-projects'])
        self.client.security_services.assert_called_once_with(
            details=True, all_projects=True
        )
        self.assertEqual(
            ('ID', 'Name', 'Status', 'Type', 'Project ID', 'Share Networks'),
            columns,
        )
        row = list(data)[0]
        self.assertEqual([self.net.id], row[-1].machine_readable())

    def test_list_filters(self):
        self.run_command(
            [
                '--share-network',
                'net1',
                '--status',
                'new',
                '--name',
                'n',
                '--type',
                'kerberos',
                '--user',
                'u',
                '--dns-ip',
                '1.1.1.1',
                '--ou',
                'o',
                '--default-ad-site',
                's',
                '--server',
                'srv',
                '--domain',
                'd',
                '--limit',
                '2',
                '--offset',
                '1',
            ]
        )
        self.client.security_services.assert_called_once_with(
            details=False,
            share_network_id=self.net.id,
            status='new',
            name='n',
            type='kerberos',
            user='u',
            dns_ip='1.1.1.1',
            ou='o',
            default_ad_site='s',
            server='srv',
            domain='d',
            limit=2,
            offset=1,
        )

    def test_marker_becomes_offset(self):
        others = fakes.fakes(_ss.SecurityService, 3)
        self.client.security_services.side_effect = [iter(others), iter([])]
        self.run_command(['--marker', others[1].name, '--limit', '5'])
        self.assertEqual(
            mock.call(details=False, limit=5, offset=2),
            self.client.security_services.call_args_list[-1],
        )

    def test_lister_filters_are_declared(self):
        known = set(_ss.SecurityService._query_mapping._mapping)
        for action in self.cmd.get_parser('x')._actions:
            attr = getattr(action, 'api_attr', None)
            if attr:
                self.assertIn(attr, known)


class TestShowService(ServiceCase):
    command = ss_cmd.ShowShareSecurityService

    def test_show_masks_password(self):
        columns, data = self.run_command(['ldap1'])
        fields = dict(zip(columns, data))
        self.assertEqual(ss_cmd.MASK, fields['password'])
        self.assertEqual(self.service.id, fields['id'])

    def test_show_no_password_is_not_masked(self):
        self.service.password = None
        columns, data = self.run_command(['ldap1'])
        self.assertIsNone(dict(zip(columns, data))['password'])


class TestSetUnsetService(ServiceCase):
    command = ss_cmd.SetShareSecurityService

    def test_set(self):
        self.run_command(
            ['ldap1', '--server', 's', '--password', 'p', '--name', 'new']
        )
        self.client.update_security_service.assert_called_once_with(
            self.service, server='s', password='p', name='new'
        )

    def test_set_nothing(self):
        self.run_command(['ldap1'])
        self.client.update_security_service.assert_not_called()

    def test_set_ad_server_and_site(self):
        self.service.type = 'active_directory'
        parsed = self.parse(
            ['ldap1', '--server', 's', '--default-ad-site', 'x']
        )
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.update_security_service.assert_not_called()

    def test_unset_sends_empty_strings(self):
        self.cmd = ss_cmd.UnsetShareSecurityService(self.app, None)
        self.run_command(
            ['ldap1', '--user', '--password', '--ou', '--default-ad-site']
        )
        self.client.update_security_service.assert_called_once_with(
            self.service, user='', password='', ou='', default_ad_site=''
        )

    def test_unset_ou_needs_2_44(self):
        self.cmd = ss_cmd.UnsetShareSecurityService(self.app, None)
        self.set_share_api_version('2.43')
        parsed = self.parse(['ldap1', '--ou'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.update_security_service.assert_not_called()
