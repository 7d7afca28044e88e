#pragma once

#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"
#include "core/FieldRules.h"

#include <QList>
#include <QSet>
#include <QWizardPage>

class QAbstractSpinBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// A wizard page that edits part of the wizard's DeploymentConfig and DeploymentSecrets. Widgets
// write through to the config on every edit; FieldRules decides what is valid; a problem shows
// in the inline label next to its field once the user has typed into or left the field.
class DeploymentPage : public QWizardPage
{
    Q_OBJECT

public:
    DeploymentPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~DeploymentPage() override;

    // Config → widgets. With showProblems (a loaded file) every field's problem shows at once.
    void load(bool showProblems);
    bool isComplete() const override { return m_complete; }
    // QWizard's default resets registered fields on Back; this wizard keeps what was typed.
    void cleanupPage() override {}

protected:
    virtual void loadFields() = 0;
    // Widgets → config and secrets, inline messages, completeness.
    virtual void refresh() = 0;

    DeploymentConfig& config() const { return *m_config; }
    DeploymentSecrets& secrets() const { return *m_secrets; }
    bool isLoading() const { return m_loading; }

    // Marks a field as touched when the user types into or leaves it, and refreshes the page.
    void watch(QLineEdit* edit);
    void watch(QSpinBox* spin);
    void watch(QComboBox* combo);
    // A field edited some other way (a list): it shows its problem after load(true), too.
    void watchOther(const QObject* field) { m_watched << field; }
    void touch(const QObject* field) { m_touched.insert(field); }
    bool isTouched(const QObject* field) const { return m_touched.contains(field); }

    // Shows “Field: problem — fix” next to a touched field; returns whether the value is valid.
    template <typename T>
    bool report(const FieldCheck<T>& check, const QObject* field, QLabel* message, const QString& fieldName)
    {
        showProblem(check.ok() ? QString() : check.problem, check.fix, field, message, fieldName);
        return check.ok();
    }
    void showProblem(const QString& problem, const QString& fix, const QObject* field, QLabel* message,
                     const QString& fieldName);
    static void clearMessage(QLabel* message);
    // Inline message labels: wrapped, in an error colour, hidden while there is nothing to say.
    void setUpMessage(QLabel* message);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void setComplete(bool complete);

private:
    // QWizard lays pages out by size hints, which guess a wrapped label's height for a narrower
    // width than it gets; capping the height at what the real width needs removes the blank gap.
    static void fitHeight(QLabel* message);

    DeploymentConfig* m_config;
    DeploymentSecrets* m_secrets;
    QList<const QObject*> m_watched;
    QSet<const QObject*> m_touched;
    bool m_loading = false;
    bool m_complete = false;
};
