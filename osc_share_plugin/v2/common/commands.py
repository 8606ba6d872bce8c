"""The command base classes: client access, microversion gates, errors."""

from osc_lib.command import command
from osc_lib import exceptions

from osc_share_plugin.i18n import _


class ShareCommandMixin:
    """What every ``openstack share`` command does around ``take_action``.

    ``min_version``, on a class, is the microversion the whole command
    needs: named in its help and checked, like every option's own gate,
    before ``take_action`` runs (so before any name is looked up).
    """

    min_version = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self._share_parser = parser
        return parser

    def get_description(self):
        text = super().get_description()
        if self.min_version:
            text = f'{text} {requires_text(self.min_version)}'
        return text

    @property
    def client(self):
        return self.app.client_manager.share

    def check_microversions(self, parsed_args):
        """Fail early for what the negotiated version cannot carry."""
        from osc_share_plugin.v2.common import options

        if self.min_version:
            require_microversion(
                self.client,
                self.min_version,
                'openstack %s' % (self.cmd_name or type(self).__name__),
            )
        for action in options.given_actions(self, parsed_args):
            needed = getattr(action, 'min_microversion', None)
            if needed:
                require_microversion(
                    self.client, needed, '/'.join(action.option_strings)
                )

    def run(self, parsed_args):
        from keystoneauth1 import exceptions as ksa_exceptions
        from openstack import exceptions as sdk_exceptions

        try:
            self.check_microversions(parsed_args)
            return super().run(parsed_args)
        except sdk_exceptions.SDKException as err:
            raise exceptions.CommandError(one_line(err)) from err
        except ksa_exceptions.ConnectionError as err:
            raise exceptions.CommandError(connection_error_line(err)) from err
        except ksa_exceptions.ClientException as err:
            raise exceptions.CommandError(one_line(err)) from err


class Command(ShareCommandMixin, command.Command):
    pass


class ShowOne(ShareCommandMixin, command.ShowOne):
    pass


class Lister(ShareCommandMixin, command.Lister):
    #: The SDK resource class listed: its wire names give the default
    #: column headers, and every ``attr=`` of the command's options must
    #: be one of its query parameters (a unit test checks).
    resource = None


def requires_text(version):
    return _('(requires --os-share-api-version %s or later)') % version


def supports_microversion(client, version):
    """Whether the negotiated microversion reaches ``version``.

    make_client negotiated it within the server's range already: compare
    with it rather than ask the server again.
    """
    from keystoneauth1 import discover

    current = client.default_microversion
    return current is not None and discover.normalize_version_number(
        version
    ) <= discover.normalize_version_number(current)


def require_microversion(client, version, what):
    if not supports_microversion(client, version):
        raise exceptions.CommandError(
            _(
                '%(what)s requires --os-share-api-version %(version)s or '
                'later (in use: %(current)s)'
            )
            % {
                'what': what,
                'version': version,
                'current': client.default_microversion,
            }
        )


#: Longest error line: a person reads it, a script greps it.
MAX_LINE = 300


def one_line(err):
    """An error as one line of at most ``MAX_LINE`` characters.

    SDK errors give the server's reason (Manila's message for 4xx:
    conflicts, quotas, over-limit), without the request dump; 5xx answers
    also name the request. A long list in the reason (Manila's 400 lists
    every valid value) is elided.
    """
    from keystoneauth1 import exceptions as ksa_exceptions

    if isinstance(err, ksa_exceptions.ConnectionError):
        return connection_error_line(err)
    text = getattr(err, 'details', None) or getattr(err, 'message', None)
    text = ' '.join(str(text or err).split())
    code = getattr(err, 'status_code', None)
    response = getattr(err, 'response', None)
    if isinstance(code, int) and code >= 500 and response is not None:
        request = getattr(response, 'request', None)
        if request is not None:
            text = f'{text} (HTTP {code} from {request.method} {request.url})'
    return shorten(text)


def shorten(text, limit=MAX_LINE):
    """Elide long bracketed lists, then cut at ``limit``."""
    import re

    if len(text) > limit:
        text = re.sub(r'[\[({][^\[\](){}]{60,}[\])}]', '[...]', text)
    if len(text) > limit:
        # "Valid states: a, b, c, d, e, f, ...": the first three.
        text = re.sub(
            r'\b((?:[\w.:/-]+, ){3})(?:[\w.:/-]+, ){3,}[\w.:/-]+',
            r'\1...',
            text,
        )
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + '...'
    return text


def connection_error_line(err, endpoint=None):
    """keystoneauth's connection errors (urllib3's pool dump) in a line.

    ``Cannot reach the Shared File Systems API at <endpoint>: connection
    refused``; a timeout names the seconds waited and ``api_timeout``.
    """
    import re

    from keystoneauth1 import exceptions as ksa_exceptions

    from osc_share_plugin import plugin

    text = str(err)
    found = re.search(r'(https?://[^\s:/]+(?::\d+)?[^\s:]*)', text)
    url = found.group(1) if found else None
    known = endpoint or plugin.STATE.get('endpoint')
    if endpoint or (url and known and url.startswith(known.rstrip('/'))):
        url = None
    if isinstance(err, ksa_exceptions.ConnectTimeout):
        timeout = plugin.STATE.get('timeout')
        reason = (
            _('no answer within %s s (api_timeout)') % f'{timeout:g}'
            if timeout
            else _('timed out')
        )
    elif isinstance(err, ksa_exceptions.SSLError):
        reason = _('TLS error')
    elif 'refused' in text.lower():
        reason = _('connection refused')
    elif re.search(r'not known|nodename|resolve|getaddrinfo', text, re.I):
        reason = _('unknown host')
    else:
        reason = _('connection failed')
    if url is None and known:
        where = _('the Shared File Systems API at %s') % known.rstrip('/')
    else:
        where = url or _('the server')
    return shorten(_('Cannot reach %(where)s: %(reason)s') % {
        'where': where, 'reason': reason,
    })  # fmt: skip


def is_uuid_like(value):
    from osc_share_plugin.sdk.v2 import _base

    return _base.is_uuid_like(value)
