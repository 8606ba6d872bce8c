"""Entry points that import their command module only when it is used."""

import inspect
import sys
from unittest import mock

from oslotest import base

from osc_share_plugin import _lazy

MODULE = 'osc_share_plugin.v2.share_type'


class TestLazyEntryPoint(base.BaseTestCase):
    def setUp(self):
        super().setUp()
        sys.modules.pop(MODULE, None)
        _lazy._STAND_INS.clear()
        self.ep = _lazy.lazy(
            [
                _lazy.importlib.metadata.EntryPoint(
                    'share_type_list',
                    f'{MODULE}:ListShareType',
                    'openstack.share.v2',
                )
            ]
        )[0]

    def test_load_imports_nothing(self):
        factory = self.ep.load()
        self.assertNotIn(MODULE, sys.modules)
        self.assertIs(factory, self.ep.load())
        # cliff passes cmd_name when the factory's __init__ takes it.
        self.assertIn(
            'cmd_name', inspect.getfullargspec(factory.__init__).args
        )
        self.assertEqual('share_type_list', self.ep.name)
        self.assertEqual(MODULE, self.ep.module)

    def test_calling_builds_the_real_command(self):
        cmd = self.ep.load()(mock.Mock(), None, cmd_name='share type list')
        self.assertIn(MODULE, sys.modules)
        self.assertEqual('ListShareType', type(cmd).__name__)
        self.assertEqual('share type list', cmd.cmd_name)
        self.assertEqual('List share types', cmd.get_description())

    def test_load_makes_no_class_per_command(self):
        # One class per command was most of what the plugin added to
        # every openstack run: a stand-in is an instance of one class.
        factory = self.ep.load()
        self.assertIsInstance(factory, _lazy.StandIn)
        other = _lazy.lazy(
            [('share_list', 'osc_share_plugin.v2.share:ListShare', 'g')]
        )[0].load()
        self.assertIs(type(factory), type(other))
        self.assertIsNot(factory, other)
        self.assertIn(MODULE, repr(factory))

    def test_help_finds_the_plugin_of_a_stand_in(self):
        # cliff's help names a command's distribution from the module of
        # its factory: the stand-in's must be this package's.
        module = inspect.getmodule(self.ep.load())
        self.assertEqual('osc_share_plugin', module.__name__.split('.')[0])

    def test_lazy_takes_name_value_group_triples(self):
        ep = _lazy.lazy([['share_type_list', f'{MODULE}:ListShareType', 'g']])[
            0
        ]
        self.assertIsInstance(ep, _lazy.LazyEntryPoint)
        self.assertEqual(
            ('share_type_list', f'{MODULE}:ListShareType', 'g'),
            (ep.name, ep.value, ep.group),
        )
        self.assertEqual('ListShareType', ep.load_real().__name__)

    def test_cliff_runs_a_stand_in_like_the_class(self):
        from cliff import commandmanager

        manager = commandmanager.CommandManager(None)
        manager.commands['share type list'] = self.ep
        factory, name, rest = manager.find_command(['share', 'type', 'list'])
        self.assertNotIn(MODULE, sys.modules)
        self.assertIn(
            'cmd_name', inspect.getfullargspec(factory.__init__).args
        )
        cmd = factory(mock.Mock(), None, cmd_name=name)
        self.assertEqual('share type list', cmd.cmd_name)
        self.assertEqual([], rest)
