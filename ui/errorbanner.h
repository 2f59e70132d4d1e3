#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Slipway {

// A non-modal error strip above the content: what went wrong, and Retry. The window stays usable.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showError(const QString &message, bool canRetry);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace Slipway
