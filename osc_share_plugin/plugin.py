"""OpenStackClient plugin for the Shared File Systems service (Manila).

OSC imports this module on every ``openstack`` run, whatever the command:
keep its imports light and defer the SDK to ``make_client``.
"""

import logging
import sys

from osc_lib import exceptions
from osc_lib import utils

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk import v2 as sdk_v2

LOG = logging.getLogger(__name__)

API_NAME = 'share'
API_VERSION_OPTION = 'os_share_api_version'
#: A bare major version means: negotiate the newest microversion that both
#: this plugin and the server support.
DEFAULT_API_VERSION = '2'
MIN_VERSION = sdk_v2.MIN_MICROVERSION
MAX_VERSION = sdk_v2.MAX_MICROVERSION
API_VERSIONS = ('2',) + tuple(
    f'2.{minor}' for minor in range(int(MAX_VERSION.split('.')[1]) + 1)
)
SERVICE_TYPE = 'shared-file-system'
COMMAND_GROUP = 'openstack.share.v2'
_OUR_PACKAGE = __name__.split('.')[0]


def _parse(version):
    """``'2.65'`` -> ``(2, 65)``; None when it is not a 2.x version."""
    major, _sep, minor = str(version).partition('.')
    if major != '2' or not (minor.isdigit() or minor == ''):
        return None
    return (2, int(minor or 0))


def _plugin_range_text():
    return f'{MIN_VERSION} to {MAX_VERSION}'


def check_api_version(check_version):
    """Reject a version this plugin cannot speak, before any request."""
    parsed = _parse(check_version)
    if parsed is None or parsed > _parse(MAX_VERSION):
        raise exceptions.CommandError(
            _(
                'Shared File Systems API version %(version)s is not '
                'supported: osc-share-plugin supports %(range)s'
            )
            % {'version': check_version, 'range': _plugin_range_text()}
        )
    return True


def make_client(instance):
    """Return the embedded SDK proxy, at the negotiated microversion."""
    from keystoneauth1 import discover

    from osc_share_plugin.sdk.v2 import _proxy

    conn = instance.sdk_connection
    # version='2' keeps openstack.config from turning the requested
    # microversion into its own default: this function negotiates it.
    client = conn.config.get_session_client(
        SERVICE_TYPE, version='2', constructor=_proxy.Proxy
    )
    client._connection = conn
    requested = instance._api_version.get(API_NAME) or DEFAULT_API_VERSION
    if client.endpoint_override:
        _check_endpoint_url(client.endpoint_override)
    timeout = _api_timeout(instance)
    if timeout:
        # OSC drops clouds.yaml's api_timeout; the session carries it to
        # every request, the discovery of the version range included.
        client.session.timeout = timeout
    STATE['timeout'] = timeout

    endpoint = _discover(client)
    if endpoint is None:
        raise exceptions.CommandError(
            _(
                'No %(type)s endpoint found in the service catalog '
                '(nor a sharev2 one)'
            )
            % {'type': SERVICE_TYPE}
        )
    server_min = endpoint.min_microversion or (2, 0)
    server_max = endpoint.max_microversion or (2, 0)
    wanted = _parse(requested)
    if requested == DEFAULT_API_VERSION:
        wanted = min(server_max, _parse(MAX_VERSION))
    if not server_min <= wanted <= server_max:
        raise exceptions.CommandError(
            _(
                'Shared File Systems API version %(version)s is not '
                'available: the server supports %(smin)s to %(smax)s, '
                'osc-share-plugin supports %(range)s'
            )
            % {
                'version': requested,
                'smin': discover.version_to_string(server_min),
                'smax': discover.version_to_string(server_max),
                'range': _plugin_range_text(),
            }
        )
    client.default_microversion = discover.version_to_string(wanted)
    STATE['endpoint'] = client.endpoint_override or endpoint.catalog_url
    LOG.debug(
        'Shared File Systems API version %s', client.default_microversion
    )
    return client


def _check_endpoint_url(url):
    """An endpoint override must be an http(s) URL with a host."""
    import urllib.parse

    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        valid = parts.scheme in ('http', 'https') and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid:
        raise exceptions.CommandError(
            _(
                'Invalid Shared File Systems endpoint override %(url)r: '
                'give an http:// or https:// URL, such as '
                'http://manila.example.com:8786/v2'
            )
            % {'url': url}
        )


def _api_timeout(instance):
    """clouds.yaml's ``api_timeout`` (seconds), else OS_API_TIMEOUT."""
    import os

    value = None
    try:
        region = instance._cli_options
        value = region._openstack_config.get_one(
            cloud=region.name, validate=False
        ).config.get('api_timeout')
    except Exception:  # no clouds.yaml cloud: environment only
        value = None
    if not isinstance(value, (int, float, str)):
        value = None
    value = value or os.environ.get('OS_API_TIMEOUT') or None
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise exceptions.CommandError(
            _('api_timeout must be a number of seconds, not %r') % value
        )
    return value if value > 0 else None


#: What make_client settled, for the error lines of the command layer.
STATE = {'endpoint': None, 'timeout': None}


def _discover(client):
    """The server's microversion range, from one unauthenticated request.

    keystoneauth's own discovery of the versioned catalog URL costs three
    round trips on Manila (401 until it retries with a token, then a 302 to
    ``/v2/``). Manila's unversioned root answers without a token; once it
    is read, the catalog URL becomes the endpoint override so that nothing
    discovers again. Where the root does not answer, keystoneauth's
    discovery is the fallback.
    """
    from keystoneauth1 import discover
    from keystoneauth1 import exceptions as ksa_exceptions

    catalog_url = client.get_endpoint(skip_discovery=True)
    if not catalog_url:
        return None
    try:
        version = discover.get_discovery(
            client.session, _version_root(catalog_url), authenticated=False
        ).versioned_data_for(min_version='2.0', max_version='2.latest')
    except ksa_exceptions.ConnectionError as err:
        # Refused, unknown host, timed out: keystoneauth's own discovery
        # would only fail the same way, with a less telling message.
        from osc_share_plugin.v2.common import commands

        STATE['endpoint'] = catalog_url
        raise exceptions.CommandError(
            commands.connection_error_line(err, catalog_url)
        ) from err
    except ksa_exceptions.ClientException:
        version = None
    if not version:
        return client.get_endpoint_data()
    # A catalog may list Manila's v1 URL under an alias type: talk to the
    # v2 URL the versions document gives then.
    if _version_segment(catalog_url, major=2) is None and version.get('url'):
        catalog_url = version['url']
    client.endpoint_override = catalog_url
    return discover.EndpointData(
        catalog_url=catalog_url,
        min_microversion=version.get('min_microversion'),
        max_microversion=version.get('max_microversion'),
    )


def _version_root(url):
    """``http://h:8786/v2[/<project>]`` -> ``http://h:8786/``."""
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    segments = parts.path.rstrip('/').split('/')
    index = _version_segment(url)
    if index is not None:
        segments = segments[:index]
    return urllib.parse.urlunsplit(
        (parts.scheme, parts.netloc, '/'.join(segments) + '/', '', '')
    )


def _version_segment(url, major=None):
    """Index of the ``v<N>[.<M>]`` path segment of ``url``, or None.

    :param major: only a segment of this major version counts.
    """
    import re
    import urllib.parse

    segments = urllib.parse.urlsplit(url).path.rstrip('/').split('/')
    for index in range(len(segments) - 1, -1, -1):
        found = re.fullmatch(r'v(\d+)(\.\d+)?', segments[index])
        if found and major in (None, int(found.group(1))):
            return index
    return None


def build_option_parser(parser):
    """Add the global options this plugin needs."""
    _supersede_other_share_plugins()
    # Another share plugin (python-manilaclient) may have registered these
    # already: ours replace them rather than crash every openstack run.
    # argparse checks conflicts in the group an option lands in, so every
    # group resolves, not only the parser.
    containers = [parser, *parser._action_groups]
    handlers = [container.conflict_handler for container in containers]
    for container in containers:
        container.conflict_handler = 'resolve'
    try:
        parser.add_argument(
            '--os-share-api-version',
            metavar='<share-api-version>',
            # An empty variable counts as unset; an empty option is an
            # error (argparse runs ``type`` on given values only).
            default=utils.env('OS_SHARE_API_VERSION') or None,
            type=_api_version_argument,
            help=_(
                'Shared File Systems API version: 2 (default) negotiates '
                'the newest one both sides support, or a microversion from '
                '%(range)s (Env: OS_SHARE_API_VERSION)'
            )
            % {'range': _plugin_range_text()},
        )
        parser.add_argument(
            '--os-shared-file-system-endpoint-override',
            '--os-endpoint-override',
            metavar='<url>',
            dest='os_shared_file_system_endpoint_override',
            default=utils.env(
                'OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE',
                'OS_MANILA_BYPASS_URL',
            ),
            help=_(
                'Use this Shared File Systems endpoint instead of the '
                'catalog one (Env: OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE)'
            ),
        )
    finally:
        for container, handler in zip(containers, handlers):
            container.conflict_handler = handler
    return parser


def _api_version_argument(value):
    import argparse

    if not value.strip():
        raise argparse.ArgumentTypeError(
            _(
                'an empty version: give 2 (the newest both sides support) '
                'or 2.N, or leave the option out'
            )
        )
    return value.strip()


class _SupersededSharePlugin:
    """Stands in for another ``share`` plugin in OSC's plugin list.

    An empty version makes OSC skip it: it adds no options, no command
    group, and no client.
    """

    API_NAME = API_NAME
    API_VERSION_OPTION = 'os_share_superseded_api_version'
    DEFAULT_API_VERSION = ''
    API_VERSIONS = ()

    @staticmethod
    def build_option_parser(parser):
        return parser

    @staticmethod
    def check_api_version(check_version):
        return True

    make_client = staticmethod(make_client)


def _supersede_other_share_plugins():
    """Make this plugin the only ``share`` API, whatever the load order.

    python-openstackclient depends on python-manilaclient, whose OSC plugin
    claims the same API name, global option and command names. OSC gives
    no way to choose: the duplicate option crashes every run and the
    duplicate commands shadow each other by install order. So, once every
    plugin module is loaded, the other share plugins are swapped for a
    stand-in and the share command group is narrowed to this package.
    """
    clientmanager = sys.modules.get('openstackclient.common.clientmanager')
    if clientmanager is None:
        return
    this = sys.modules[__name__]
    modules = clientmanager.PLUGIN_MODULES
    for index, module in enumerate(modules):
        if (
            module is not this
            and getattr(module, 'API_NAME', None) == API_NAME
        ):
            modules[index] = _SupersededSharePlugin
    from osc_lib import clientmanager as osc_clientmanager

    setattr(
        clientmanager.ClientManager,
        API_NAME,
        osc_clientmanager.ClientCache(make_client),
    )
    _narrow_command_group()


def _narrow_command_group():
    import stevedore

    from osc_share_plugin import _lazy

    cache = stevedore.ExtensionManager.ENTRY_POINT_CACHE
    found = cache.get(COMMAND_GROUP)
    if found is None:
        found = _entry_point_triples(COMMAND_GROUP)
    cache[COMMAND_GROUP] = _lazy.lazy(
        ep for ep in found if _value(ep).split('.', 1)[0] == _OUR_PACKAGE
    )


def _value(entry_point):
    if isinstance(entry_point, (tuple, list)):
        return entry_point[1]
    return entry_point.value


def _entry_point_triples(group):
    """``(name, value, group)`` of each entry point of ``group``.

    Read from stevedore's cache as it stores them: making an EntryPoint
    of each of the group's entry points (python-manilaclient's too) only
    to drop most of them would cost more than the rest of this module.
    """
    try:
        from stevedore import _cache

        data = _cache._c._get_data_for_path(None)
        return data['groups'].get(group, [])
    except (ImportError, AttributeError, KeyError, TypeError):
        return _entry_points(group)


def _entry_points(group):
    try:
        from stevedore import _cache

        return list(_cache.get_group_all(group))
    except (ImportError, AttributeError):
        import importlib.metadata

        return list(importlib.metadata.entry_points(group=group))


#: The OSC plugin module of python-manilaclient, which python-openstackclient
#: installs. Loaded after this one, it would import manilaclient's API
#: versions, client and exceptions modules (about 10 ms, the most of what a
#: share plugin adds to every ``openstack`` run) only to be superseded.
_OTHER_SHARE_PLUGIN_MODULES = ('manilaclient.osc.plugin',)


def _preempt_other_share_plugins():
    """While OSC loads its plugins, make the others' modules our stand-in.

    OSC loads every ``openstack.cli.extension`` entry point in turn; when
    this one comes first, the other share plugins' modules are found in
    ``sys.modules`` as :class:`_SupersededSharePlugin` and never imported.
    Outside that loading (docs, tests, a program importing this module),
    ``sys.modules`` is left as it is; a module already imported stays.
    """
    clientmanager = sys.modules.get('openstackclient.common.clientmanager')
    # OSC loads the plugins while that module runs (importlib marks its
    # spec as initializing until it has run).
    spec = getattr(clientmanager, '__spec__', None)
    if not getattr(spec, '_initializing', False):
        return
    for name in _OTHER_SHARE_PLUGIN_MODULES:
        sys.modules.setdefault(name, _SupersededSharePlugin)


_preempt_other_share_plugins()
