#pragma once

// Continuations for the seam's futures (models/clusterapi.h), safe when their receiver dies first.
//
// `future.then(context, f)` in Qt 6.4 keeps only a QPointer to `context`; when the context is
// destroyed before the future finishes (a drainer cancelled, a runner deleted mid-call), the
// continuation asserts in debug builds and posts to a dead object in release builds. Qt 6.6 cancels
// such continuations instead. Until then this helper does it by hand: a QFutureWatcher owned by
// the context, so it is disconnected and deleted together with it.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Slipway {

// Calls `done(result)` on `context`'s thread when `future` has its result, unless `context` was
// destroyed first or the future was cancelled without a result.
template<typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.resultCount() == 0)
                             return; // cancelled: nobody is waiting for it any more
                         done(finished.result());
                     });
    watcher->setFuture(future);
}

} // namespace Slipway
