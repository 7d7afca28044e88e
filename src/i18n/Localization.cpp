#include "Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Localization::install(QCoreApplication* app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("kkt-deploy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(own);
}
