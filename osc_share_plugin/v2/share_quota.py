"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class DeleteShareQuota(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareQuota')


class SetShareQuota(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareQuota')


class ShowShareQuota(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareQuota')
