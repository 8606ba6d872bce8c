"""The Shared File Systems v2 proxy"""

import logging
import threading
import time
import urllib.parse

from keystoneauth1 import exceptions as ksa_exceptions
from openstack import exceptions
from openstack import proxy

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import _proxy_data
from osc_share_plugin.sdk.v2 import _proxy_groups
from osc_share_plugin.sdk.v2 import _proxy_networks
from osc_share_plugin.sdk.v2 import _proxy_operations
from osc_share_plugin.sdk.v2 import _proxy_replication
from osc_share_plugin.sdk.v2 import _proxy_snapshots
from osc_share_plugin.sdk.v2 import _proxy_types
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_export_location as _export_location

#: First pause between two polls of a waited-on resource, in seconds.
FIRST_POLL_INTERVAL = 0.1
#: Each pause is this much longer than the previous one, up to ``interval``.
POLL_BACKOFF = 1.5
#: Answers of a restarting API or its proxy: a wait polls on through them.
RETRIED_STATUSES = (502, 503, 504)
#: Requests in flight at once, over every thread of the process. A bulk
#: command works on many targets in threads of its own, mostly asleep
#: between polls; this keeps what reaches manila-api at a few at a time
#: (more only queue in its workers) and under keystoneauth's 10 pooled
#: connections per host (urllib3 drops extra ones with a warning).
MAX_IN_FLIGHT = 4
_in_flight = threading.BoundedSemaphore(MAX_IN_FLIGHT)


class Proxy(
    _proxy_snapshots.SnapshotMethods,
    _proxy_types.TypeMethods,
    _proxy_networks.NetworkMethods,
    _proxy_operations.OperationMethods,
    _proxy_groups.GroupMethods,
    _proxy_replication.ReplicationMethods,
    _proxy_data.DataProtectionMethods,
    proxy.Proxy,
):
    """The ``shared_file_system`` v2 API, as openstacksdk names it.

    Shares, their metadata and export locations, and waiting live here;
    every other family of resources has its methods in a ``_proxy_*``
    module mixed in above.
    """

    def request(self, url, method, *args, **kwargs):
        # Every request passes here: APIs in their experimental range
        # (share groups, replicas, migration) get the header they need.
        extra = _experimental.headers_for(
            url,
            kwargs.get('microversion') or self.default_microversion,
            kwargs.get('json'),
        )
        if extra:
            kwargs['headers'] = {**(kwargs.get('headers') or {}), **extra}
        _refuse_dot_segments(url)
        # A page of a list (set by ShareResource.list) is read as it
        # arrives, not whole first (``_base._page``).
        expected = _base.expected_list()
        page = bool(expected) and str(method).upper() == 'GET'
        if page:
            kwargs.setdefault('stream', True)
            if not _debug_heard():
                kwargs.setdefault('log', False)
        with _in_flight:
            response = super().request(url, method, *args, **kwargs)
            # A 2xx body is Manila's JSON object or nothing: anything else
            # (HTML from a proxy, a truncated answer) is not a success.
            if 200 <= response.status_code < 300:
                if page:
                    _base.document(response, expected, list)
                elif (response.content or b'').strip():
                    _base.document(response)
        return response

    # ========== Shares ==========

    def shares(self, details=True, **query):
        """List shares, following every page.

        :param bool details: Whether to list ``/shares/detail`` (all fields)
            or ``/shares`` (IDs and names only).
        :param kwargs query: Filters sent to the server: ``name``,
            ``name~``, ``description``, ``description~``, ``status``,
            ``host``, ``project_id``, ``share_server_id``,
            ``share_network_id``, ``share_type_id``, ``share_group_id``,
            ``snapshot_id``, ``metadata`` (dict), ``extra_specs`` (dict),
            ``is_public``, ``export_location_id``, ``export_location_path``,
            ``is_soft_deleted``, ``mount_point_name``, ``availability_zone``,
            ``encryption_key_ref``, ``with_count``, ``all_projects``,
            ``sort_key``, ``sort_dir``, ``offset`` and ``limit``. ``limit``
            is the most shares to return: one page.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share.Share`
        """
        return self._list_in_detail(_share.Share, details, **query)

    def find_share(self, name_or_id, ignore_missing=True, **query):
        """Find a single share by ID, else by name.

        Costs one GET for an ID and one filtered list for a name.

        :param name_or_id: The name or ID of a share.
        :param bool ignore_missing: When ``False``,
            :class:`~openstack.exceptions.NotFoundException` is raised when
            nothing matches; when ``True``, None is returned.
        :param dict query: More list filters, such as ``all_projects`` or
            ``is_soft_deleted``.
        :returns: One :class:`~osc_share_plugin.sdk.v2.share.Share` or None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when more
            than one share has that name.
        """
        return self._find_in_detail(
            _share.Share, name_or_id, ignore_missing, **query
        )

    def get_share(self, share_id):
        """Show one share.

        :param share_id: The ID of a share, or a Share.
        :returns: :class:`~osc_share_plugin.sdk.v2.share.Share`
        """
        return self._get(_share.Share, share_id)

    def delete_share(
        self, share, ignore_missing=True, *, force=False, share_group_id=None
    ):
        """Delete a share.

        :param share: The ID of a share, or a Share.
        :param bool ignore_missing: When ``False``, a missing share raises
            :class:`~openstack.exceptions.NotFoundException`.
        :param bool force: Use the admin-only ``force_delete`` action, which
            also deletes shares in error states.
        :param share_group_id: The share group the share belongs to, which
            Manila asks for when deleting a share of a group.
        :returns: ``None``
        """
        group = {'params': {'share_group_id': share_group_id}}
        self._delete_or_force(
            _share.Share,
            share,
            ignore_missing,
            force,
            **(group if share_group_id else {}),
        )

    def update_share(self, share_id, **attrs):
        """Rename a share, change its description or its visibility.

        :param share_id: The ID of a share, or a Share.
        :param attrs: ``display_name`` (or ``name``),
            ``display_description`` (or ``description``), ``is_public``.
        :returns: The updated :class:`~osc_share_plugin.sdk.v2.share.Share`
        """
        # Manila's update only reads the display_* keys; name and
        # description would be dropped by the server without a word.
        for short, wire in (
            ('name', 'display_name'),
            ('description', 'display_description'),
        ):
            if short in attrs:
                attrs[wire] = attrs.pop(short)
        return self._update(_share.Share, share_id, **attrs)

    def create_share(self, **attrs):
        """Create a share.

        :param attrs: Attributes of
            :class:`~osc_share_plugin.sdk.v2.share.Share`; ``size`` and
            ``share_protocol`` are required.
        :returns: The new :class:`~osc_share_plugin.sdk.v2.share.Share`
        """
        return self._create(_share.Share, **attrs)

    def revert_share_to_snapshot(self, share_id, snapshot_id):
        """Revert a share to its most recent snapshot (2.27).

        :param share_id: The ID of a share, or a Share.
        :param snapshot_id: The ID of the snapshot to revert to.
        :returns: ``None``
        """
        res = self._get_resource(_share.Share, share_id)
        res.revert_to_snapshot(self, snapshot_id)

    def manage_share(self, protocol, export_path, service_host, **params):
        """Bring an existing backend share under Manila's management.

        :param str protocol: The share protocol, such as ``NFS``.
        :param str export_path: The export path on the backend.
        :param str service_host: The ``host@backend#pool`` that has it.
        :param params: ``name``, ``description``, ``share_type``,
            ``driver_options``, ``is_public``, ``share_server_id``,
            ``mount_point_name``.
        :returns: The managed :class:`~osc_share_plugin.sdk.v2.share.Share`
        """
        return _share.Share.manage(
            self, protocol, export_path, service_host, **params
        )

    def unmanage_share(self, share_id):
        """Stop managing a share, leaving it on the backend.

        :param share_id: The ID of a share, or a Share.
        :returns: ``None``
        """
        self._get_resource(_share.Share, share_id).unmanage(self)

    def resize_share(
        self, share_id, new_size, no_shrink=False, no_extend=False, force=False
    ):
        """Extend or shrink a share to ``new_size`` GiB.

        :param share_id: The ID of a share, or a Share whose size is known
            (which saves a GET).
        :param int new_size: The new size in GiB; the current size does
            nothing.
        :param bool no_shrink: Never shrink the share.
        :param bool no_extend: Never extend the share.
        :param bool force: Extend bypassing the scheduler (admin, 2.64).
        :returns: ``None``
        """
        res = share_id
        if not isinstance(res, _share.Share) or res.size is None:
            res = self._get(_share.Share, share_id)
        if new_size > res.size and not no_extend:
            res.extend_share(self, new_size, force)
        elif new_size < res.size and not no_shrink:
            res.shrink_share(self, new_size)

    def soft_delete_share(self, share_id):
        """Move a share to the recycle bin (2.69).

        :param share_id: The ID of a share, or a Share.
        :returns: ``None``
        """
        self._get_resource(_share.Share, share_id).soft_delete(self)

    def restore_share(self, share_id):
        """Bring a share back from the recycle bin (2.69).

        :param share_id: The ID of a share, or a Share.
        :returns: ``None``
        """
        self._get_resource(_share.Share, share_id).restore(self)

    def reset_share_status(self, share_id, status):
        """Set a share's status explicitly (admin).

        :param share_id: The ID of a share, or a Share.
        :param str status: The status to set, such as ``available``.
        :returns: ``None``
        """
        self._get_resource(_share.Share, share_id).reset_status(self, status)

    def reset_share_task_state(self, share_id, task_state):
        """Set a share's task state explicitly (admin).

        :param share_id: The ID of a share, or a Share.
        :param task_state: The task state to set, or ``None`` to clear it.
        :returns: ``None``
        """
        res = self._get_resource(_share.Share, share_id)
        res.reset_task_state(self, task_state)

    # ========== Share metadata ==========

    def get_share_metadata(self, share_id):
        """List a share's metadata.

        :param share_id: The ID of a share, or a Share.
        :returns: The :class:`~osc_share_plugin.sdk.v2.share.Share`, with
            ``metadata`` filled in.
        """
        res = self._get_resource(_share.Share, share_id)
        return res.fetch_metadata(self)

    def get_share_metadata_item(self, share_id, key):
        """Get one metadata item of a share.

        :param share_id: The ID of a share, or a Share.
        :param str key: The metadata key.
        :returns: The :class:`~osc_share_plugin.sdk.v2.share.Share`, with
            that key in ``metadata``.
        """
        res = self._get_resource(_share.Share, share_id)
        return res.get_metadata_item(self, key)

    def create_share_metadata(self, share_id, **metadata):
        """Add metadata items to a share, keeping the others.

        :param share_id: The ID of a share, or a Share.
        :param metadata: The items to add.
        :returns: The :class:`~osc_share_plugin.sdk.v2.share.Share`, with
            all its metadata.
        """
        res = self._get_resource(_share.Share, share_id)
        return res.set_metadata(self, metadata=metadata)

    def update_share_metadata(self, share_id, metadata, replace=False):
        """Update a share's metadata.

        :param share_id: The ID of a share, or a Share.
        :param dict metadata: The items to set.
        :param bool replace: Replace all metadata with ``metadata``.
        :returns: The :class:`~osc_share_plugin.sdk.v2.share.Share`, with
            all its metadata.
        """
        res = self._get_resource(_share.Share, share_id)
        return res.set_metadata(self, metadata=metadata, replace=replace)

    def delete_share_metadata(self, share_id, keys, ignore_missing=True):
        """Delete metadata items of a share.

        :param share_id: The ID of a share, or a Share.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a missing key raises
            :class:`~openstack.exceptions.NotFoundException` (after every
            other key was deleted).
        :returns: ``None``
        """
        res = self._get_resource(_share.Share, share_id)
        res.delete_metadata_keys(self, keys, ignore_missing)

    # ========== Share export locations ==========

    def export_locations(self, share):
        """List a share's export locations (2.9).

        :param share: The ID of a share, or a Share.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_export_location.ShareExportLocation`
        """
        return self._list_under(
            _export_location.ShareExportLocation, share_id=share
        )

    def get_export_location(self, export_location, share):
        """Show one export location of a share (2.9).

        :param export_location: The ID of an export location.
        :param share: The ID of a share, or a Share.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_export_location.ShareExportLocation`
        """
        return self._get_under(
            _export_location.ShareExportLocation,
            export_location,
            share_id=share,
        )

    def update_export_location_metadata(
        self, export_location, share, metadata, replace=False
    ):
        """Set metadata items on an export location (2.87).

        :param export_location: The ID of an export location.
        :param share: The ID of a share, or a Share.
        :param dict metadata: The items to set.
        :param bool replace: Replace all metadata with ``metadata``.
        :returns: The export location, with all its metadata.
        """
        res = self._export_location(export_location, share)
        return res.set_metadata(self, metadata=metadata, replace=replace)

    def delete_export_location_metadata(
        self, export_location, share, keys, ignore_missing=True
    ):
        """Delete metadata items of an export location (2.87).

        :param export_location: The ID of an export location.
        :param share: The ID of a share, or a Share.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a missing key raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        res = self._export_location(export_location, share)
        res.delete_metadata_keys(self, keys, ignore_missing)

    def _export_location(self, export_location, share):
        return self._get_resource(
            _export_location.ShareExportLocation,
            export_location,
            share_id=_share.Share._get_id(share),
        )

    # ========== Waiting ==========

    def wait_for_status(
        self,
        res,
        status,
        failures=None,
        interval=2,
        wait=None,
        attribute='status',
        callback=None,
    ):
        """Wait for a resource to reach a status.

        Polls quickly at first (0.1 s) and backs off to ``interval``.

        :param res: The resource to wait on.
        :param str status: The status to wait for.
        :param failures: Statuses that end the wait with
            :class:`~openstack.exceptions.ResourceFailure`.
        :param interval: The longest pause between two polls, in seconds.
        :param wait: How long to wait at most, in seconds (``None``: no
            limit); then :class:`~openstack.exceptions.ResourceTimeout`.
        :param str attribute: The attribute to watch.
        :param callback: Called with the progress (an int percentage) at
            each poll, when the resource reports one.
        :returns: The resource, in ``status``.
        """
        wanted = status.lower()
        failures = {f.lower() for f in failures or ()}
        name = f'{res.__class__.__name__} {res.id}'

        def reached(current):
            current = (getattr(current, attribute) or '').lower()
            if current == wanted:
                return True
            if current in failures:
                raise exceptions.ResourceFailure(
                    f'{name} went to status {current!r}'
                )
            return False

        return _poll(self, res, reached, interval, wait, callback, name)

    def wait_for_delete(
        self, res, interval=2, wait=120, callback=None, *, failures=None
    ):
        """Wait for a resource to be gone.

        :param res: The resource to wait on.
        :param interval: The longest pause between two polls, in seconds.
        :param wait: How long to wait at most, in seconds.
        :param callback: Called with the progress at each poll.
        :param failures: Statuses that end the wait with
            :class:`~openstack.exceptions.ResourceFailure`, such as
            ``error_deleting``.
        :returns: The resource, as last seen.
        """
        failures = {f.lower() for f in failures or ()}
        name = f'{res.__class__.__name__} {res.id}'

        def reached(current):
            if current is None:
                return True
            state = (getattr(current, 'status', None) or '').lower()
            if state in failures:
                raise exceptions.ResourceFailure(
                    f'{name} went to status {state!r}'
                )
            return False

        return _poll(
            self, res, reached, interval, wait, callback, name, gone_ok=True
        )


def _debug_heard(name='keystoneauth.session'):
    """Whether a handler takes keystoneauth's DEBUG lines (``--debug``).

    osc-lib sets the root logger to DEBUG and filters in its handlers, so
    keystoneauth logs every answer at every run: it reads a list page's
    whole body, parses it (to hide a token's catalog) and builds the log
    line, which no handler then prints. For 10,000 shares that was most of
    the command's memory (3 KiB a share) and a second parse.
    """
    logger = logging.getLogger(name)
    if not logger.isEnabledFor(logging.DEBUG):
        return False
    while logger is not None:
        if any(h.level <= logging.DEBUG for h in logger.handlers):
            return True
        logger = logger.parent if logger.propagate else None
    return False


def _refuse_dot_segments(url):
    """Never send a ``.``/``..`` segment (URL libraries resolve it) or ``#``.

    The resources quote every value they put in a path; this catches a
    path pasted together raw anywhere else before it reaches another
    resource.
    """
    if '#' in str(url):
        # A raw '#' would cut the path short: the request would reach
        # whatever comes before it.
        raise exceptions.InvalidRequest(
            f'Refusing to request {url}: it contains "#"'
        )
    segments = urllib.parse.urlsplit(str(url)).path.split('/')
    if any(segment in ('.', '..') for segment in segments):
        raise exceptions.InvalidRequest(
            f'Refusing to request {url}: a path segment is "." or ".."'
        )


def _retriable(err):
    """A refused connection, a timeout, or a 502/503/504 answer."""
    if isinstance(err, ksa_exceptions.RetriableConnectionFailure):
        return True
    return (
        isinstance(err, exceptions.HttpException)
        and getattr(err, 'status_code', None) in RETRIED_STATUSES
    )


def _poll(
    session, res, reached, interval, wait, callback, name, gone_ok=False
):
    """Fetch ``res`` until ``reached`` says so, backing off between polls.

    With ``gone_ok`` (waiting for a deletion) the resource as given is not
    judged, only what the server says, at once and then after each pause:
    ``None`` once it answers 404. A poll that finds the API restarting
    (connection refused, timeout, 502/503/504) is retried with the same
    backoff until ``wait`` runs out; the timeout then names the last
    error (as ``last_error`` too).
    """
    start = time.monotonic()
    pause = min(FIRST_POLL_INTERVAL, interval or FIRST_POLL_INTERVAL)
    current = res
    polled = False
    last_error = None
    while True:
        if last_error is None and (polled or not gone_ok) and reached(current):
            return current if current is not None else res
        if wait is not None and time.monotonic() - start + pause > wait:
            message = f'Timeout waiting for {name} after {wait} seconds'
            if last_error is not None:
                message += (
                    f'; the last poll failed: {_base.one_line(last_error)}'
                )
            timeout = exceptions.ResourceTimeout(message)
            timeout.last_error = last_error
            raise timeout
        if polled or not gone_ok:
            # A deletion is asked about at once: many (share networks,
            # access rules, servers without shares) are done by the time
            # their DELETE is answered.
            time.sleep(pause)
            pause = min(pause * POLL_BACKOFF, interval or pause)
        polled = True
        try:
            current = res.fetch(session, skip_cache=True)
            last_error = None
        except exceptions.NotFoundException:
            if not gone_ok:
                raise
            current = None
            last_error = None
        except (
            ksa_exceptions.ConnectionError,
            exceptions.HttpException,
        ) as err:
            if not _retriable(err):
                raise
            last_error = err
            continue
        if callback and current is not None:
            progress = str(getattr(current, 'progress', '') or '').rstrip('%')
            if progress.isdigit():
                callback(int(progress))
