#include "Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {
// What the last install() added, removed again by the next one (tests switch languages).
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void add(QCoreApplication* app, QTranslator* translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return;
    }
    app->installTranslator(translator);
    installed() << translator;
}
} // namespace

void Localization::install(QCoreApplication* app, const QString& language)
{
    for (const QPointer<QTranslator>& previous : std::as_const(installed())) {
        if (previous) {
            app->removeTranslator(previous);
            delete previous;
        }
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source texts are English; only their plural forms ("%n update(s)") need a file.
        auto* plurals = new QTranslator(app);
        add(app, plurals, plurals->load(QStringLiteral(":/i18n/kkt-deploy_en.qm")));
        return;
    }
    auto* qt = new QTranslator(app);
    add(app, qt,
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto* own = new QTranslator(app);
    add(app, own,
        own->load(locale, QStringLiteral("kkt-deploy"), QStringLiteral("_"), QStringLiteral(":/i18n")));
}
