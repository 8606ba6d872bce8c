"""Errors read as one line that names what was wrong."""

import argparse
import io
from unittest import mock

from keystoneauth1 import exceptions as ksa_exceptions
from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from oslotest import base
import requests

from osc_share_plugin import plugin
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import waiting

REFUSED = (
    'Unable to establish connection to http://127.0.0.1:1/v2/shares/detail:'
    " HTTPConnectionPool(host='127.0.0.1', port=1): Max retries exceeded "
    "with url: /v2/shares/detail (Caused by NewConnectionError('<urllib3."
    "connection.HTTPConnection object at 0x7f>: Failed to establish a new "
    "connection: [Errno 111] Connection refused'))"
)


def http_error(status, details, method='POST', url='http://m/v2/shares'):
    response = requests.Response()
    response.status_code = status
    response.request = requests.Request(method, url).prepare()
    cls = {409: sdk_exceptions.ConflictException}.get(
        status, sdk_exceptions.HttpException
    )
    return cls(response=response, details=details)


class TestOneLine(base.BaseTestCase):
    def setUp(self):
        super().setUp()
        state = mock.patch.dict(
            plugin.STATE, {'endpoint': None, 'timeout': None}
        )
        state.start()
        self.addCleanup(state.stop)

    def test_valid_status_dump_is_elided(self):
        states = ', '.join(f'state_number_{n}' for n in range(40))
        line = commands.one_line(
            http_error(400, f'Invalid state. Valid states: [{states}].')
        )
        self.assertLessEqual(len(line), commands.MAX_LINE)
        self.assertIn('Invalid state. Valid states: [...]', line)

    def test_comma_list_is_elided_when_too_long(self):
        states = ', '.join(f'status_{n}' for n in range(50))
        line = commands.one_line(
            http_error(400, f'Invalid state. Valid states: {states}.')
        )
        self.assertEqual(
            'Invalid state. Valid states: status_0, status_1, status_2, ...',
            line,
        )

    def test_short_list_is_kept(self):
        text = 'Invalid state. Valid states: a, b, c, d, e, f.'
        self.assertEqual(text, commands.one_line(http_error(400, text)))

    def test_long_text_is_cut(self):
        line = commands.one_line(http_error(400, 'word ' * 200))
        self.assertLessEqual(len(line), commands.MAX_LINE)
        self.assertTrue(line.endswith('...'))

    def test_conflict_and_quota_are_manilas_reason(self):
        self.assertEqual(
            'Share is busy',
            commands.one_line(http_error(409, 'Share is busy')),
        )
        reason = (
            'Requested share exceeds allowed project/user or share type '
            'gigabytes quota.'
        )
        self.assertEqual(reason, commands.one_line(http_error(413, reason)))

    def test_server_error_names_the_request(self):
        line = commands.one_line(http_error(500, 'Internal Server Error'))
        self.assertEqual(
            'Internal Server Error (HTTP 500 from POST http://m/v2/shares)',
            line,
        )

    def test_multi_line_details_become_one(self):
        line = commands.one_line(http_error(400, 'a\nb\n  c'))
        self.assertEqual('a b c', line)

    def test_refused_names_the_endpoint(self):
        plugin.STATE['endpoint'] = 'http://127.0.0.1:1/v2'
        line = commands.one_line(ksa_exceptions.ConnectFailure(REFUSED))
        self.assertEqual(
            'Cannot reach the Shared File Systems API at '
            'http://127.0.0.1:1/v2: connection refused',
            line,
        )

    def test_refused_elsewhere_names_that_url(self):
        plugin.STATE['endpoint'] = 'http://127.0.0.1:8786/v2'
        err = ksa_exceptions.ConnectFailure(
            REFUSED.replace('127.0.0.1:1/v2/shares/detail', 'ks:5000/v3')
        )
        self.assertEqual(
            'Cannot reach http://ks:5000/v3: connection refused',
            commands.one_line(err),
        )

    def test_timeout_names_api_timeout(self):
        plugin.STATE.update(endpoint='http://h/v2', timeout=2.5)
        line = commands.one_line(
            ksa_exceptions.ConnectTimeout('Request to http://h/v2 timed out')
        )
        self.assertEqual(
            'Cannot reach the Shared File Systems API at http://h/v2: '
            'no answer within 2.5 s (api_timeout)',
            line,
        )

    def test_not_found_names_kind_and_value(self):
        from osc_share_plugin.sdk.v2 import share_type

        err = self.assertRaises(
            sdk_exceptions.NotFoundException,
            _find_nothing,
            share_type.ShareType,
            'nosuch',
        )
        self.assertEqual("No share type found for 'nosuch'", str(err.message))


def _find_nothing(cls, name):
    with mock.patch.object(cls, 'list', return_value=iter(())):
        session = mock.Mock(spec=['_get_connection'])
        with mock.patch.object(cls, '_get_session', return_value=session):
            return cls.find(session, name, ignore_missing=False)


class _Command(commands.Command):
    def take_action(self, parsed_args):
        raise self.error


class TestRun(base.BaseTestCase):
    def run_with(self, error):
        cmd = _Command(mock.Mock(), None)
        cmd.error = error
        cmd.check_microversions = lambda parsed_args: None
        return self.assertRaises(
            exceptions.CommandError, cmd.run, argparse.Namespace()
        )

    def test_keystoneauth_connection_errors_are_one_line(self):
        with mock.patch.dict(
            plugin.STATE, {'endpoint': 'http://127.0.0.1:1/v2'}
        ):
            err = self.run_with(ksa_exceptions.ConnectFailure(REFUSED))
        self.assertEqual(
            'Cannot reach the Shared File Systems API at '
            'http://127.0.0.1:1/v2: connection refused',
            str(err),
        )

    def test_sdk_errors_are_one_line(self):
        err = self.run_with(http_error(409, 'Conflict:\n busy'))
        self.assertEqual('Conflict: busy', str(err))


class TestWaitInterrupted(base.BaseTestCase):
    def cmd(self):
        cmd = mock.Mock()
        cmd.app.stderr = io.StringIO()
        return cmd

    def test_ctrl_c_says_the_operation_goes_on(self):
        cmd = self.cmd()
        cmd.client.wait_for_status.side_effect = KeyboardInterrupt
        share = _share.Share.existing(id='sid', name='s1', status='creating')
        args = argparse.Namespace(wait_timeout=5)
        self.assertRaises(
            KeyboardInterrupt, waiting.wait_for_status, cmd, share, args
        )
        lines = cmd.app.stderr.getvalue().splitlines()
        self.assertEqual(2, len(lines))  # "Waiting for ..." and this one
        self.assertIn('goes on on the server', lines[1])
        self.assertIn('openstack share show sid', lines[1])

    def test_timeout_after_restarts_names_the_last_error(self):
        cmd = self.cmd()
        timeout = sdk_exceptions.ResourceTimeout('t')
        timeout.last_error = http_error(503, 'Service Unavailable', 'GET')
        cmd.client.wait_for_status.side_effect = timeout
        share = _share.Share.existing(id='sid', name='s1', status='creating')
        err = self.assertRaises(
            exceptions.CommandError,
            waiting.wait_for_status,
            cmd,
            share,
            argparse.Namespace(wait_timeout=5),
        )
        self.assertIn('the last poll failed: Service Unavailable', str(err))
        cmd.client.get_share.assert_not_called()


class TestPluginInput(base.BaseTestCase):
    def test_endpoint_override_must_be_a_url(self):
        for url in ('not-a-url', 'ftp://h/v2', 'http://', 'http://h:99999/v2'):
            with self.subTest(url=url):
                err = self.assertRaises(
                    exceptions.CommandError, plugin._check_endpoint_url, url
                )
                self.assertIn(repr(url), str(err))
        plugin._check_endpoint_url('https://manila.example:8786/v2')

    def test_empty_api_version_option_is_an_error(self):
        parser = argparse.ArgumentParser()
        with mock.patch.dict('os.environ', {'OS_SHARE_API_VERSION': ''}):
            plugin.build_option_parser(parser)
        # An empty variable counts as unset.
        self.assertIsNone(parser.parse_args([]).os_share_api_version)
        with mock.patch('sys.stderr', io.StringIO()) as stderr:
            self.assertRaises(
                SystemExit,
                parser.parse_args,
                ['--os-share-api-version', ''],
            )
        self.assertIn('an empty version', stderr.getvalue())

    def test_api_timeout_from_clouds_yaml(self):
        instance = mock.Mock()
        region = instance._cli_options
        region._openstack_config.get_one.return_value.config = {
            'api_timeout': '7'
        }
        self.assertEqual(7.0, plugin._api_timeout(instance))
        region._openstack_config.get_one.assert_called_once_with(
            cloud=region.name, validate=False
        )

    def test_api_timeout_from_environment(self):
        instance = mock.Mock()
        instance._cli_options._openstack_config.get_one.side_effect = (
            Exception('no cloud')
        )
        with mock.patch.dict('os.environ', {'OS_API_TIMEOUT': '3'}):
            self.assertEqual(3.0, plugin._api_timeout(instance))

    def test_bad_api_timeout(self):
        instance = mock.Mock()
        instance._cli_options._openstack_config.get_one.return_value.config = {
            'api_timeout': 'soon'
        }
        err = self.assertRaises(
            exceptions.CommandError, plugin._api_timeout, instance
        )
        self.assertIn('soon', str(err))
