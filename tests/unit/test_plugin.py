"""The OSC plugin module: options, version checks, client, supersession."""

import argparse
import importlib.machinery
import importlib.metadata
import os
import sys
import types
from unittest import mock

from keystoneauth1 import discover
from keystoneauth1 import exceptions as ksa_exceptions
from osc_lib import clientmanager as osc_clientmanager
from osc_lib import exceptions
from oslotest import base
import stevedore

from osc_share_plugin import plugin
from osc_share_plugin.sdk.v2 import _proxy

OSC_CLIENTMANAGER = 'openstackclient.common.clientmanager'


class TestBuildOptionParser(base.BaseTestCase):
    def setUp(self):
        super().setUp()
        # build_option_parser supersedes other share plugins when OSC's
        # clientmanager is loaded: keep that out of these tests.
        self._modules_patch = mock.patch.dict(
            sys.modules, {OSC_CLIENTMANAGER: None}
        )
        self._modules_patch.start()
        self.addCleanup(self._modules_patch.stop)

    def _parser(self, env=None):
        with mock.patch.dict(os.environ, env or {}, clear=False):
            for name in (
                'OS_SHARE_API_VERSION',
                'OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE',
                'OS_MANILA_BYPASS_URL',
            ):
                if name not in (env or {}):
                    os.environ.pop(name, None)
            return plugin.build_option_parser(argparse.ArgumentParser())

    def test_options(self):
        parser = self._parser()
        args = parser.parse_args(
            [
                '--os-share-api-version',
                '2.65',
                '--os-shared-file-system-endpoint-override',
                'http://m/v2',
            ]
        )
        self.assertEqual('2.65', args.os_share_api_version)
        self.assertEqual(
            'http://m/v2', args.os_shared_file_system_endpoint_override
        )

    def test_defaults_without_env(self):
        args = self._parser().parse_args([])
        self.assertIsNone(args.os_share_api_version)
        self.assertIsNone(args.os_shared_file_system_endpoint_override)

    def test_env_defaults(self):
        args = self._parser(
            {
                'OS_SHARE_API_VERSION': '2.55',
                'OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE': 'http://e/v2',
            }
        ).parse_args([])
        self.assertEqual('2.55', args.os_share_api_version)
        self.assertEqual(
            'http://e/v2', args.os_shared_file_system_endpoint_override
        )

    def test_manila_bypass_url_env(self):
        args = self._parser(
            {'OS_MANILA_BYPASS_URL': 'http://bypass/v2'}
        ).parse_args([])
        self.assertEqual(
            'http://bypass/v2', args.os_shared_file_system_endpoint_override
        )

    def test_endpoint_override_alias(self):
        args = self._parser().parse_args(
            ['--os-endpoint-override', 'http://alias/v2']
        )
        self.assertEqual(
            'http://alias/v2', args.os_shared_file_system_endpoint_override
        )

    def test_help_names_the_range(self):
        parser = self._parser()
        action = next(
            a
            for a in parser._actions
            if '--os-share-api-version' in a.option_strings
        )
        self.assertIn('2.0 to 2.99', action.help)

    def _register_twice(self, first):
        parser = argparse.ArgumentParser()
        first(parser)
        with mock.patch.dict(os.environ, {'OS_SHARE_API_VERSION': '2.70'}):
            try:
                plugin.build_option_parser(parser)
            except argparse.ArgumentError as err:
                self.fail(f'build_option_parser crashed: {err}')
        args = parser.parse_args([])
        self.assertEqual('2.70', args.os_share_api_version)
        actions = [
            a
            for a in parser._actions
            if '--os-share-api-version' in a.option_strings
        ]
        self.assertEqual(1, len(actions))
        self.assertNotEqual('theirs', actions[0].help)
        # The parser's own conflict policy is restored.
        self.assertEqual('error', parser.conflict_handler)
        self.assertRaises(
            argparse.ArgumentError,
            parser.add_argument,
            '--os-share-api-version',
        )

    @staticmethod
    def _manilaclient_options(parser):
        # As python-manilaclient's plugin registers them.
        parser.add_argument(
            '--os-share-api-version', default='2.0', help='theirs'
        )

    def test_second_registration_wins_without_crashing(self):
        # What OSC does whenever manilaclient's plugin sorts before ours.
        self._register_twice(self._manilaclient_options)

    def test_called_twice(self):
        self._register_twice(plugin.build_option_parser)

    def test_resolving_parser_keeps_ours(self):
        # With a parser that resolves conflicts itself, ours wins.
        parser = argparse.ArgumentParser(conflict_handler='resolve')
        self._manilaclient_options(parser)
        with mock.patch.dict(os.environ, {'OS_SHARE_API_VERSION': '2.70'}):
            plugin.build_option_parser(parser)
        self.assertEqual('2.70', parser.parse_args([]).os_share_api_version)
        self.assertEqual('resolve', parser.conflict_handler)


class TestCheckApiVersion(base.BaseTestCase):
    def test_accepted(self):
        for version in ('2', '2.0', '2.1', '2.65', '2.99'):
            self.assertTrue(plugin.check_api_version(version), version)

    def test_rejected(self):
        for version in ('3', '2.100', 'abc', '1.0', '2.x', '3.0', ''):
            err = self.assertRaises(
                exceptions.CommandError, plugin.check_api_version, version
            )
            self.assertIn('2.0 to 2.99', str(err))
            self.assertIn(repr(version)[1:-1], str(err))

    def test_api_versions_table(self):
        self.assertIn('2', plugin.API_VERSIONS)
        self.assertIn('2.0', plugin.API_VERSIONS)
        self.assertIn('2.99', plugin.API_VERSIONS)
        self.assertNotIn('2.100', plugin.API_VERSIONS)
        self.assertEqual('share', plugin.API_NAME)
        self.assertEqual('os_share_api_version', plugin.API_VERSION_OPTION)


class TestMakeClient(base.BaseTestCase):
    CATALOG_URL = 'http://manila.example:8786/v2'

    def setUp(self):
        super().setUp()
        patcher = mock.patch.object(discover, 'get_discovery')
        self.get_discovery = patcher.start()
        self.addCleanup(patcher.stop)

    def _instance(
        self, requested, server_max=(2, 80), server_min=(2, 0), endpoint=True
    ):
        instance = mock.Mock()
        instance._api_version = {'share': requested}
        client = mock.Mock(endpoint_override=None)
        client.get_endpoint.return_value = (
            self.CATALOG_URL if endpoint else None
        )
        self.get_discovery.return_value.versioned_data_for.return_value = {
            'min_microversion': server_min,
            'max_microversion': server_max,
        }
        instance.sdk_connection.config.get_session_client.return_value = client
        return instance, client

    def test_discovers_from_the_unversioned_root_without_a_token(self):
        instance, client = self._instance('2')
        plugin.make_client(instance)
        client.get_endpoint.assert_called_once_with(skip_discovery=True)
        self.get_discovery.assert_called_once_with(
            client.session, 'http://manila.example:8786/', authenticated=False
        )
        self.get_discovery.return_value.versioned_data_for.assert_called_once_with(
            min_version='2.0', max_version='2.latest'
        )
        # Nothing discovers again: the catalog URL is the endpoint now.
        self.assertEqual(self.CATALOG_URL, client.endpoint_override)
        client.get_endpoint_data.assert_not_called()

    def test_v1_catalog_url_gives_way_to_the_v2_one(self):
        instance, client = self._instance('2')
        client.get_endpoint.return_value = 'http://manila.example:8786/v1/p'
        self.get_discovery.return_value.versioned_data_for.return_value[
            'url'
        ] = 'http://manila.example:8786/v2/'
        plugin.make_client(instance)
        self.assertEqual(
            'http://manila.example:8786/v2/', client.endpoint_override
        )

    def test_falls_back_to_keystoneauth_discovery(self):
        instance, client = self._instance('2')
        self.get_discovery.side_effect = ksa_exceptions.DiscoveryFailure(
            'no root document'
        )
        client.get_endpoint_data.return_value = discover.EndpointData(
            min_microversion=(2, 0), max_microversion=(2, 70)
        )
        plugin.make_client(instance)
        self.assertEqual('2.70', client.default_microversion)
        self.assertIsNone(client.endpoint_override)

    def test_version_root(self):
        for url, root in (
            ('http://h:8786/v2', 'http://h:8786/'),
            ('http://h:8786/v2/', 'http://h:8786/'),
            ('https://h/share/v2/0123abcd', 'https://h/share/'),
            ('http://h:8786/', 'http://h:8786/'),
            ('http://h:8786/v1/0123abcd', 'http://h:8786/'),
        ):
            self.assertEqual(root, plugin._version_root(url))

    def test_negotiates_server_max(self):
        instance, client = self._instance('2', server_max=(2, 80))
        self.assertIs(client, plugin.make_client(instance))
        self.assertEqual('2.80', client.default_microversion)
        instance.sdk_connection.config.get_session_client.assert_called_once_with(
            'shared-file-system', version='2', constructor=_proxy.Proxy
        )
        self.assertIs(instance.sdk_connection, client._connection)

    def test_negotiates_plugin_max(self):
        instance, client = self._instance('2', server_max=(2, 120))
        plugin.make_client(instance)
        self.assertEqual('2.99', client.default_microversion)

    def test_no_version_requested_negotiates(self):
        instance, client = self._instance(None, server_max=(2, 50))
        plugin.make_client(instance)
        self.assertEqual('2.50', client.default_microversion)

    def test_explicit_version(self):
        instance, client = self._instance('2.65', server_max=(2, 80))
        plugin.make_client(instance)
        self.assertEqual('2.65', client.default_microversion)

    def test_explicit_version_at_server_max(self):
        instance, client = self._instance('2.80', server_max=(2, 80))
        plugin.make_client(instance)
        self.assertEqual('2.80', client.default_microversion)

    def test_explicit_version_above_server(self):
        instance, client = self._instance('2.85', server_max=(2, 80))
        err = self.assertRaises(
            exceptions.CommandError, plugin.make_client, instance
        )
        message = str(err)
        self.assertNotIn('\n', message)
        self.assertIn('2.85', message)
        self.assertIn('2.0 to 2.80', message)
        self.assertIn('2.0 to 2.99', message)

    def test_explicit_version_below_server(self):
        instance, client = self._instance('2.3', server_min=(2, 5))
        err = self.assertRaises(
            exceptions.CommandError, plugin.make_client, instance
        )
        self.assertIn('2.5 to 2.80', str(err))

    def test_no_endpoint(self):
        instance, client = self._instance('2', endpoint=False)
        err = self.assertRaises(
            exceptions.CommandError, plugin.make_client, instance
        )
        self.assertIn('shared-file-system', str(err))


def _ep(name, value):
    return importlib.metadata.EntryPoint(
        name=name, value=value, group=plugin.COMMAND_GROUP
    )


class TestSupersede(base.BaseTestCase):
    def setUp(self):
        super().setUp()
        self.other = types.ModuleType('manilaclient.osc.plugin')
        self.other.API_NAME = 'share'
        self.compute = types.ModuleType('fake.compute.plugin')
        self.compute.API_NAME = 'compute'
        self.modules = [self.other, plugin, self.compute]
        self.fake_cm = types.ModuleType(OSC_CLIENTMANAGER)
        self.fake_cm.PLUGIN_MODULES = self.modules
        self.fake_cm.ClientManager = type('ClientManager', (), {})
        patcher = mock.patch.dict(
            sys.modules, {OSC_CLIENTMANAGER: self.fake_cm}
        )
        patcher.start()
        self.addCleanup(patcher.stop)
        self.cache = stevedore.ExtensionManager.ENTRY_POINT_CACHE
        patcher = mock.patch.dict(self.cache)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_replaces_other_share_plugin_in_place(self):
        self.cache[plugin.COMMAND_GROUP] = []
        plugin._supersede_other_share_plugins()
        self.assertIs(self.modules, self.fake_cm.PLUGIN_MODULES)
        self.assertEqual(
            [plugin._SupersededSharePlugin, plugin, self.compute], self.modules
        )
        stand_in = self.modules[0]
        self.assertEqual('share', stand_in.API_NAME)
        self.assertEqual('', stand_in.DEFAULT_API_VERSION)
        parser = argparse.ArgumentParser()
        self.assertIs(parser, stand_in.build_option_parser(parser))
        self.assertEqual([], parser._actions[1:])
        cache = self.fake_cm.ClientManager.__dict__['share']
        self.assertIsInstance(cache, osc_clientmanager.ClientCache)
        self.assertIs(plugin.make_client, cache.factory)

    def test_narrows_cached_command_group(self):
        ours = _ep('share_list', 'osc_share_plugin.v2.share:ListShare')
        theirs = _ep('share_list', 'manilaclient.osc.v2.share:ListShare')
        self.cache[plugin.COMMAND_GROUP] = [theirs, ours]
        other_group = [_ep('x', 'manilaclient.osc.v2.x:X')]
        self.cache['openstack.compute.v2'] = other_group
        plugin._supersede_other_share_plugins()
        self.assertEqual([ours], self.cache[plugin.COMMAND_GROUP])
        self.assertIs(other_group, self.cache['openstack.compute.v2'])

    def test_loads_command_group_when_not_cached(self):
        self.cache.pop(plugin.COMMAND_GROUP, None)
        plugin._supersede_other_share_plugins()
        entry_points = self.cache[plugin.COMMAND_GROUP]
        names = {ep.name for ep in entry_points}
        self.assertIn('share_create', names)
        self.assertIn('share_export_location_unset', names)
        for ep in entry_points:
            self.assertTrue(ep.value.startswith('osc_share_plugin.'), ep)

    def test_build_option_parser_supersedes(self):
        self.cache[plugin.COMMAND_GROUP] = []
        plugin.build_option_parser(argparse.ArgumentParser())
        self.assertIs(plugin._SupersededSharePlugin, self.modules[0])

    def test_without_osc_loaded_does_nothing(self):
        sys.modules[OSC_CLIENTMANAGER] = None
        self.cache[plugin.COMMAND_GROUP] = ['untouched']
        plugin._supersede_other_share_plugins()
        self.assertEqual(['untouched'], self.cache[plugin.COMMAND_GROUP])
        self.assertIs(self.other, self.modules[0])


class TestPreempt(base.BaseTestCase):
    """manilaclient's plugin module is never imported when ours loads first."""

    OTHER = 'manilaclient.osc.plugin'

    def loading(self, initializing):
        fake_cm = types.ModuleType(OSC_CLIENTMANAGER)
        fake_cm.__spec__ = importlib.machinery.ModuleSpec(
            OSC_CLIENTMANAGER, None
        )
        fake_cm.__spec__._initializing = initializing
        modules = {OSC_CLIENTMANAGER: fake_cm}
        patcher = mock.patch.dict(sys.modules, modules)
        patcher.start()
        self.addCleanup(patcher.stop)
        sys.modules.pop(self.OTHER, None)

    def test_while_osc_loads_its_plugins(self):
        self.loading(True)
        plugin._preempt_other_share_plugins()
        self.assertIs(plugin._SupersededSharePlugin, sys.modules[self.OTHER])
        # What OSC's plugin loading then gets: no import, the stand-in.
        other = importlib.import_module(self.OTHER)
        self.assertIs(plugin._SupersededSharePlugin, other)
        self.assertEqual('share', other.API_NAME)
        self.assertEqual('', other.DEFAULT_API_VERSION)

    def test_after_osc_loaded_its_plugins(self):
        self.loading(False)
        plugin._preempt_other_share_plugins()
        self.assertNotIn(self.OTHER, sys.modules)

    def test_without_osc(self):
        patcher = mock.patch.dict(sys.modules)
        patcher.start()
        self.addCleanup(patcher.stop)
        sys.modules.pop(OSC_CLIENTMANAGER, None)
        sys.modules.pop(self.OTHER, None)
        plugin._preempt_other_share_plugins()
        self.assertNotIn(self.OTHER, sys.modules)

    def test_an_imported_module_stays(self):
        self.loading(True)
        real = types.ModuleType(self.OTHER)
        sys.modules[self.OTHER] = real
        plugin._preempt_other_share_plugins()
        self.assertIs(real, sys.modules[self.OTHER])


class TestNarrowFromStevedoreCache(base.BaseTestCase):
    """The command group is filtered from stevedore's raw cache data."""

    def setUp(self):
        super().setUp()
        self.cache = stevedore.ExtensionManager.ENTRY_POINT_CACHE
        patcher = mock.patch.dict(self.cache)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.cache.pop(plugin.COMMAND_GROUP, None)

    def test_triples_from_the_cache_data(self):
        data = {
            'groups': {
                plugin.COMMAND_GROUP: [
                    ['share_list', 'manilaclient.osc.v2.share:ListShare', 'g'],
                    ['share_list', 'osc_share_plugin.v2.share:ListShare', 'g'],
                ]
            }
        }
        from stevedore import _cache

        with mock.patch.object(
            _cache._c, '_get_data_for_path', return_value=data
        ):
            plugin._narrow_command_group()
        (ep,) = self.cache[plugin.COMMAND_GROUP]
        self.assertEqual('osc_share_plugin.v2.share:ListShare', ep.value)
        self.assertEqual('share_list', ep.name)

    def test_falls_back_to_entry_points_without_stevedore_internals(self):
        from stevedore import _cache

        with mock.patch.object(
            _cache._c, '_get_data_for_path', side_effect=AttributeError
        ):
            plugin._narrow_command_group()
        names = {ep.name for ep in self.cache[plugin.COMMAND_GROUP]}
        self.assertIn('share_create', names)
        for ep in self.cache[plugin.COMMAND_GROUP]:
            self.assertTrue(ep.value.startswith('osc_share_plugin.'), ep)
