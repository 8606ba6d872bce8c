"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class ListSharePool(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListSharePool')
