"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class AbandonShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('AbandonShareServer')


class AdoptShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('AdoptShareServer')


class DeleteShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareServer')


class ListShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareServer')


class CancelShareServerMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CancelShareServerMigration')


class CompleteShareServerMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CompleteShareServerMigration')


class ShowShareServerMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareServerMigration')


class StartShareServerMigration(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('StartShareServerMigration')


class SetShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareServer')


class ShowShareServer(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareServer')
