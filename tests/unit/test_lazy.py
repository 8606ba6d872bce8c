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
