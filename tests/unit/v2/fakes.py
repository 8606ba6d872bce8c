"""Fakes for the share command tests: a spec'd Proxy and real resources."""

import itertools
from unittest import mock
import uuid

import fixtures
from keystoneauth1 import discover
from osc_lib.test import base as osc_base
from oslotest import base

from osc_share_plugin.sdk.v2 import _proxy
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_export_location as _el
from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_type as _share_type

_counter = itertools.count()


class TestShareV2(base.BaseTestCase, osc_base.TestCommand):
    def setUp(self):
        super().setUp()
        # Keep the commands' LOG.error lines out of the output, and
        # assertable: self.logger.output.
        self.logger = self.useFixture(fixtures.FakeLogger())
        self.app.client_manager.share = mock.create_autospec(
            _proxy.Proxy, instance=True
        )
        self.client = self.app.client_manager.share
        self.set_share_api_version('2.99')

    def set_share_api_version(self, version):
        """Negotiated version; the real supports_microversion reads it."""
        self.client.default_microversion = version
        self.client.get_endpoint_data.return_value = discover.EndpointData(
            min_microversion='2.0', max_microversion=version
        )


def create_one_share(**attrs):
    """A Share as ``GET /shares/{id}`` returns it (wire names)."""
    n = next(_counter)
    body = {
        'id': str(uuid.uuid4()),
        'name': f'share-{n}',
        'description': f'description-{n}',
        'size': 10,
        'share_proto': 'NFS',
        'status': 'available',
        'is_public': False,
        'share_type': str(uuid.uuid4()),
        'share_type_name': 'default',
        'host': 'host@backend#pool',
        'availability_zone': 'nova',
        'project_id': 'project-id',
        'user_id': 'user-id',
        'metadata': {'key': 'value'},
        'snapshot_support': True,
        'has_replicas': False,
        'task_state': None,
        'created_at': '2025-01-01T00:00:00.000000',
    }
    body.update(attrs)
    return _share.Share.existing(**body)


def create_shares(count=2, **attrs):
    return [create_one_share(**attrs) for _ in range(count)]


def create_one_snapshot(**attrs):
    body = {
        'id': str(uuid.uuid4()),
        'name': f'snapshot-{next(_counter)}',
        'share_id': str(uuid.uuid4()),
        'size': 1,
        'status': 'available',
    }
    body.update(attrs)
    return _snapshot.ShareSnapshot.existing(**body)


def create_one_share_type(**attrs):
    body = {'id': str(uuid.uuid4()), 'name': 'gold'}
    body.update(attrs)
    return _share_type.ShareType.existing(**body)


def create_one_export_location(share_id=None, **attrs):
    body = {
        'id': str(uuid.uuid4()),
        'path': f'10.0.0.{next(_counter) % 250}:/shares/x',
        'preferred': True,
        'is_admin_only': False,
        'share_instance_id': str(uuid.uuid4()),
        'created_at': '2025-01-01T00:00:00.000000',
        'updated_at': None,
        'share_id': share_id or str(uuid.uuid4()),
    }
    body.update(attrs)
    return _el.ShareExportLocation.existing(**body)


class CommandTestCase(TestShareV2):
    """One command class under test, built once per test as ``self.cmd``.

    Subclasses set ``command`` to the class; ``run_command`` parses argv
    exactly as the ``openstack`` CLI would and runs the command with its
    microversion gates and error handling.
    """

    command = None

    def setUp(self):
        super().setUp()
        self.cmd = self.command(self.app, None)

    def parse(self, argv, verify=()):
        return self.check_parser(self.cmd, list(argv), list(verify))

    def run_command(self, argv, verify=()):
        """``take_action``'s result (columns, data), gates checked first."""
        parsed_args = self.parse(argv, verify)
        self.cmd.check_microversions(parsed_args)
        return self.cmd.take_action(parsed_args)


def fake(resource_cls, **attrs):
    """A resource of ``resource_cls`` as the server would return it.

    Every body attribute gets a value of its declared type (strings name
    the attribute, so a row shows which column it came from); ``attrs``
    override them, by attribute or wire name.
    """
    from openstack import fields

    n = next(_counter)
    body = {}
    for attr, component in resource_cls._attributes_iterator(fields.Body):
        kind = component.type
        if attr == 'id':
            value = str(uuid.uuid4())
        elif kind is bool:
            value = False
        elif kind is int:
            value = n
        elif kind is dict:
            value = {}
        elif kind is list:
            value = []
        else:
            value = f'{attr}-{n}'
        body[component.name] = value
    resource = resource_cls.existing(**body)
    resource._update(**attrs)
    return resource


def fakes(resource_cls, count=2, **attrs):
    return [fake(resource_cls, **attrs) for _ in range(count)]
