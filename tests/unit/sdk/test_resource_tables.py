"""The class-level tables ShareResource caches give openstacksdk's results"""

from openstack import fields
from openstack import resource
from oslotest import base

from osc_share_plugin.sdk.v2 import share
from osc_share_plugin.sdk.v2 import share_export_location
from osc_share_plugin.sdk.v2 import share_type

RESOURCES = (
    share.Share,
    share_export_location.ShareExportLocation,
    share_type.ShareType,
)
COMPONENTS = (fields.Body, fields.Header, fields.URI, fields.Computed)
#: Server names, attribute names, a wrong case, an alias with a colon,
#: links and an unknown key.
RAW = {
    'id': 'x',
    'size': 1,
    'name': 't1',
    'Name': 'case',
    'share_proto': 'NFS',
    'share_protocol': 'NFS2',
    'metadata': {'a': 'b'},
    'links': [{'href': 'x'}],
    'share_type_access:is_public': True,
    'preferred': True,
    'is_admin_only': False,
    'path': '/p',
    'share_id': 's1',
    'unknown': 1,
}


class TestCachedTables(base.BaseTestCase):
    def test_mappings_match_openstacksdk(self):
        for cls in RESOURCES:
            for component in COMPONENTS:
                self.assertEqual(
                    dict(
                        resource.Resource._get_mapping.__func__(cls, component)
                    ),
                    dict(cls._get_mapping(component)),
                )

    def test_attributes_match_openstacksdk(self):
        for cls in RESOURCES:
            for components in ((fields.Body, fields.Header), fields.Body):
                self.assertEqual(
                    list(
                        resource.Resource._attributes_iterator.__func__(
                            cls, components
                        )
                    ),
                    list(cls._attributes_iterator(components)),
                )

    def test_consumed_attributes_match_openstacksdk(self):
        for cls in RESOURCES:
            instance = cls.existing(id='x')
            for component in COMPONENTS:
                mapping = cls._get_mapping(component)
                ours, theirs = dict(RAW), dict(RAW)
                self.assertEqual(
                    resource.Resource._consume_attrs(
                        instance, mapping, theirs
                    ),
                    instance._consume_attrs(mapping, ours),
                )
                self.assertEqual(theirs, ours)

    def test_built_share_reads_back(self):
        raw = {k: v for k, v in RAW.items() if k != 'share_protocol'}
        built = share.Share.existing(**raw)
        self.assertEqual('NFS', built.share_protocol)
        self.assertEqual({'a': 'b'}, built.metadata)
        self.assertEqual('NFS', built.to_dict()['share_protocol'])


class TestNoConnection(base.BaseTestCase):
    def test_resources_keep_no_connection(self):
        # A connection would cost a token check per listed row, for a
        # 'location' nobody reads.
        connection = object()
        built = share.Share.existing(connection=connection, id='x')
        self.assertIsNone(built._connection)
