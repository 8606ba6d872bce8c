"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class DeleteShareMessage(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareMessage')


class ListShareMessage(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareMessage')


class ShowShareMessage(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareMessage')
