"""Translation support for osc-share-plugin"""

import oslo_i18n

_translators = oslo_i18n.TranslatorFactory(domain='osc_share_plugin')

# The primary translation function using the well-known name "_"
_ = _translators.primary
