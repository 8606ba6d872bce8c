"""openstack share instance ..."""

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_instance as _instance
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_instance
from tests.unit.v2 import fakes

LIST_HEADERS = (
    'ID',
    'Share ID',
    'Host',
    'Status',
    'Availability Zone',
    'Share Network ID',
    'Share Server ID',
    'Share Type ID',
)


def instance(**attrs):
    return fakes.fake(_instance.ShareInstance, **attrs)


def location(**attrs):
    return fakes.fake(_instance.ShareInstanceExportLocation, **attrs)


class TestListShareInstance(fakes.CommandTestCase):
    command = share_instance.ListShareInstance

    def setUp(self):
        super().setUp()
        self.instances = [instance(), instance()]
        self.client.share_instances.return_value = iter(self.instances)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_instances.assert_called_once_with()
        self.assertEqual(LIST_HEADERS, columns)
        self.assertEqual(
            [
                (
                    i.id,
                    i.share_id,
                    i.host,
                    i.status,
                    i.availability_zone,
                    i.share_network_id,
                    i.share_server_id,
                    i.share_type_id,
                )
                for i in self.instances
            ],
            list(data),
        )

    def test_list_share_by_name(self):
        found = fakes.create_one_share()
        self.client.find_share.return_value = found
        self.run_command(['--share', found.name], [('share', found.name)])
        self.client.find_share.assert_called_once_with(
            found.name, ignore_missing=False
        )
        self.client.share_instances.assert_called_once_with(share_id=found.id)

    def test_list_export_location_id_or_path(self):
        el_id = '11111111-2222-3333-4444-555555555555'
        self.run_command(['--export-location', el_id])
        self.client.share_instances.assert_called_with(
            export_location_id=el_id
        )
        self.run_command(['--export-location', '10.0.0.1:/p'])
        self.client.share_instances.assert_called_with(
            export_location_path='10.0.0.1:/p'
        )

    def test_export_location_needs_2_35(self):
        self.set_share_api_version('2.34')
        parsed_args = self.parse(['--export-location', '/p'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('2.35', str(err))
        self.client.share_instances.assert_not_called()

    def test_share_and_export_location_conflict(self):
        parsed_args = self.parse(['--share', 's', '--export-location', '/p'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed_args)
        self.client.find_share.assert_not_called()
        self.client.share_instances.assert_not_called()

    def test_needs_2_3(self):
        self.set_share_api_version('2.2')
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([])
        )

    def test_member_forbidden_is_one_line(self):
        self.client.share_instances.side_effect = (
            sdk_exceptions.ForbiddenException(
                'Policy doesn\'t allow share_instance:index to be performed.\n'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([])
        )
        self.assertNotIn('\n', str(err))
        self.assertIn('share_instance:index', str(err))


class TestShowShareInstance(fakes.CommandTestCase):
    command = share_instance.ShowShareInstance

    def test_show_with_export_locations(self):
        found = instance()
        self.client.get_share_instance.return_value = found
        locations = [location(path='/a'), location(path='/b')]
        self.client.share_instance_export_locations.return_value = locations
        columns, data = self.run_command([found.id], [('instance', found.id)])
        self.client.get_share_instance.assert_called_once_with(found.id)
        self.client.share_instance_export_locations.assert_called_once_with(
            found
        )
        shown = dict(zip(columns, data))
        self.assertEqual(found.host, shown['host'])
        self.assertEqual(found.share_type_id, shown['share_type_id'])
        self.assertEqual(
            ['/a', '/b'],
            [
                el['path']
                for el in shown['export_locations'].machine_readable()
            ],
        )

    def test_show_before_2_9_has_no_export_location_call(self):
        self.set_share_api_version('2.8')
        found = instance()
        self.client.get_share_instance.return_value = found
        found = instance(export_locations=['10.0.0.1:/p'])
        self.client.get_share_instance.return_value = found
        columns, data = self.run_command([found.id])
        self.client.share_instance_export_locations.assert_not_called()
        # What a 2.8 server puts in the instance itself.
        shown = dict(zip(columns, data))
        self.assertEqual(['10.0.0.1:/p'], shown['export_locations'])

    def test_show_missing(self):
        self.client.get_share_instance.side_effect = (
            sdk_exceptions.NotFoundException('No share instance x')
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['x'])
        )
        self.assertIn('No share instance x', str(err))

    def test_show_needs_an_instance(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])


class TestSetShareInstance(fakes.CommandTestCase):
    command = share_instance.SetShareInstance

    def test_set_status(self):
        found = instance()
        self.client.get_share_instance.return_value = found
        self.assertEqual(
            0,
            self.cmd.run(
                self.parse(
                    [found.id, '--status', 'error'], [('status', 'error')]
                )
            ),
        )
        self.client.reset_share_instance_status.assert_called_once_with(
            found, 'error'
        )

    def test_set_nothing(self):
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['id'])
        )
        self.assertIn('--status', str(err))
        self.client.get_share_instance.assert_not_called()
        self.client.reset_share_instance_status.assert_not_called()


class TestDeleteShareInstance(fakes.CommandTestCase):
    command = share_instance.DeleteShareInstance

    def setUp(self):
        super().setUp()
        self.instances = {i.id: i for i in (instance(), instance())}

        def get(instance_id):
            if instance_id not in self.instances:
                raise sdk_exceptions.NotFoundException('gone')
            return self.instances[instance_id]

        self.client.get_share_instance.side_effect = get

    def test_delete_many(self):
        ids = list(self.instances)
        self.assertEqual(0, self.cmd.run(self.parse(ids)))
        self.assertEqual(
            [((self.instances[i],),) for i in ids],
            [
                tuple(c)[:1]
                for c in self.client.delete_share_instance.call_args_list
            ],
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_partial_failure(self):
        ids = [next(iter(self.instances)), 'missing']
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(ids)
        )
        self.assertEqual('1 of 2 share instances failed to delete.', str(err))
        self.assertEqual(1, self.client.delete_share_instance.call_count)
        self.assertIn("Failed to delete 'missing'", self.logger.output)

    def test_delete_wait(self):
        ids = list(self.instances)
        self.client.wait_for_delete.side_effect = lambda res, **kw: res
        self.cmd.run(self.parse(ids + ['--wait', '--wait-timeout', '7']))
        self.assertEqual(2, self.client.wait_for_delete.call_count)
        kwargs = self.client.wait_for_delete.call_args.kwargs
        self.assertEqual(7, kwargs['wait'])
        self.assertEqual(['error_deleting'], kwargs['failures'])

    def test_delete_wait_failure(self):
        self.client.wait_for_delete.side_effect = (
            sdk_exceptions.ResourceFailure('error_deleting')
        )
        self.client.get_share_instance.side_effect = None
        self.client.get_share_instance.return_value = instance()
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse(['a', 'b', '--wait']),
        )
        self.assertEqual('2 of 2 share instances failed to delete.', str(err))
        self.assertEqual(2, self.client.delete_share_instance.call_count)
        # One target: its own failure is the one line.
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['a', '--wait'])
        )
        self.assertRegex(
            str(err), r"^Failed to delete 'a': share instance .* failed"
        )

    def test_delete_needs_one(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])


class TestShareInstanceExportLocations(fakes.CommandTestCase):
    command = share_instance.ListShareInstanceExportLocation

    def test_list(self):
        locations = [location(), location()]
        self.client.share_instance_export_locations.return_value = locations
        columns, data = self.run_command(['inst'], [('instance', 'inst')])
        self.client.share_instance_export_locations.assert_called_once_with(
            share_instance_id='inst'
        )
        self.assertEqual(('ID', 'Path', 'Is Admin Only', 'Preferred'), columns)
        self.assertEqual(
            [
                (el.id, el.path, el.is_admin, el.is_preferred)
                for el in locations
            ],
            list(data),
        )

    def test_list_needs_2_9(self):
        self.set_share_api_version('2.8')
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['inst'])
        )
        self.client.share_instance_export_locations.assert_not_called()

    def test_show(self):
        self.cmd = share_instance.ShowShareInstanceExportLocation(
            self.app, None
        )
        found = location(metadata={'k': 'v'})
        self.client.get_share_instance_export_location.return_value = found
        columns, data = self.run_command(
            ['inst', found.id],
            [('instance', 'inst'), ('export_location', found.id)],
        )
        self.client.get_share_instance_export_location.assert_called_once_with(
            found.id, 'inst'
        )
        shown = dict(zip(columns, data))
        self.assertEqual(found.path, shown['path'])
        self.assertEqual({'k': 'v'}, shown['properties'].machine_readable())
        self.assertNotIn('instance_id', shown)
        self.assertIn('preferred', shown)


class TestWaitOptions(fakes.TestShareV2):
    def test_wait_timeout_default(self):
        cmd = share_instance.DeleteShareInstance(self.app, None)
        parsed = self.check_parser(cmd, ['a'], [])
        self.assertEqual(common.DEFAULT_WAIT_TIMEOUT, parsed.wait_timeout)
