"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class AcceptShareTransfer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('AcceptShareTransfer')


class CreateShareTransfer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareTransfer')


class DeleteShareTransfer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareTransfer')


class ListShareTransfer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareTransfer')


class ShowShareTransfer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareTransfer')
