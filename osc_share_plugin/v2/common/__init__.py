"""What every share command needs, written once.

Commands import this package and use its names; each concern has its own
module: ``commands`` (base classes, microversion gates, errors),
``options`` (options that declare where they go, and bundles),
``identity`` (Keystone lookups), ``paging``, ``output`` (columns),
``waiting`` (``--wait``), ``multi`` (several targets or changes),
``removal`` (the ``delete <x> [<x> ...]`` commands), ``changes`` (set
and unset), ``locations`` (export locations of any parent) and ``access``
(project access to private types).
"""

from osc_share_plugin.v2.common.access import ChangeProjectAccess  # noqa: F401
from osc_share_plugin.v2.common.access import ListProjectAccess  # noqa: F401
from osc_share_plugin.v2.common.access import ListTypes  # noqa: F401
from osc_share_plugin.v2.common.access import ShowTypeOrDefault  # noqa: F401
from osc_share_plugin.v2.common.access import UnsetTypeSpecs  # noqa: F401
from osc_share_plugin.v2.common.changes import apply_changes  # noqa: F401
from osc_share_plugin.v2.common.changes import ChangeCommand  # noqa: F401
from osc_share_plugin.v2.common.commands import Command  # noqa: F401
from osc_share_plugin.v2.common.commands import is_uuid_like  # noqa: F401
from osc_share_plugin.v2.common.commands import Lister  # noqa: F401
from osc_share_plugin.v2.common.commands import one_line  # noqa: F401
from osc_share_plugin.v2.common.commands import require_microversion  # noqa: F401
from osc_share_plugin.v2.common.commands import ShowOne  # noqa: F401
from osc_share_plugin.v2.common.commands import supports_microversion  # noqa: F401
from osc_share_plugin.v2.common.identity import add_domain_option  # noqa: F401
from osc_share_plugin.v2.common.identity import find_project_id  # noqa: F401
from osc_share_plugin.v2.common.identity import find_user_id  # noqa: F401
from osc_share_plugin.v2.common.locations import ExportLocationsOf  # noqa: F401
from osc_share_plugin.v2.common.locations import ListExportLocations  # noqa: F401
from osc_share_plugin.v2.common.locations import ShowExportLocation  # noqa: F401
from osc_share_plugin.v2.common.multi import for_each  # noqa: F401
from osc_share_plugin.v2.common.multi import run_steps  # noqa: F401
from osc_share_plugin.v2.common.multi import waiter_for_delete  # noqa: F401
from osc_share_plugin.v2.common.options import add_bool_option  # noqa: F401
from osc_share_plugin.v2.common.options import add_clear_options  # noqa: F401
from osc_share_plugin.v2.common.options import add_key_value_option  # noqa: F401
from osc_share_plugin.v2.common.options import add_long_option  # noqa: F401
from osc_share_plugin.v2.common.options import add_name_filters  # noqa: F401
from osc_share_plugin.v2.common.options import add_option  # noqa: F401
from osc_share_plugin.v2.common.options import add_positional  # noqa: F401
from osc_share_plugin.v2.common.options import add_project_filters  # noqa: F401
from osc_share_plugin.v2.common.options import add_property_option  # noqa: F401
from osc_share_plugin.v2.common.options import add_property_unset_option  # noqa: F401
from osc_share_plugin.v2.common.options import cleared_attrs  # noqa: F401
from osc_share_plugin.v2.common.options import get_attrs  # noqa: F401
from osc_share_plugin.v2.common.options import non_negative_int  # noqa: F401
from osc_share_plugin.v2.common.options import none_if_cleared  # noqa: F401
from osc_share_plugin.v2.common.options import parse_bool  # noqa: F401
from osc_share_plugin.v2.common.options import positive_int  # noqa: F401
from osc_share_plugin.v2.common.output import columns  # noqa: F401
from osc_share_plugin.v2.common.output import ExportLocationsColumn  # noqa: F401
from osc_share_plugin.v2.common.output import list_items  # noqa: F401
from osc_share_plugin.v2.common.output import show_columns  # noqa: F401
from osc_share_plugin.v2.common.output import show_dict  # noqa: F401
from osc_share_plugin.v2.common.output import show_item  # noqa: F401
from osc_share_plugin.v2.common.output import title  # noqa: F401
from osc_share_plugin.v2.common.paging import add_paging_options  # noqa: F401
from osc_share_plugin.v2.common.removal import RemoveCommand  # noqa: F401
from osc_share_plugin.v2.common.waiting import add_wait_options  # noqa: F401
from osc_share_plugin.v2.common.waiting import DEFAULT_WAIT_TIMEOUT  # noqa: F401
from osc_share_plugin.v2.common.waiting import wait_for_delete  # noqa: F401
from osc_share_plugin.v2.common.waiting import wait_for_status  # noqa: F401
