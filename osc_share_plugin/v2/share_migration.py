"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CancelShareMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CancelShareMigration')


class CompleteShareMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CompleteShareMigration')


class ShowShareMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareMigration')


class StartShareMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('StartShareMigration')
