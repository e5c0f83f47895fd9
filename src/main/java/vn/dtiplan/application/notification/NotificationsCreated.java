package vn.dtiplan.application.notification;

/** Fired by every sweep (also one that created nothing, so unmailed ones are retried); observed after its commit by the mailer. */
public record NotificationsCreated(int count) {
}
