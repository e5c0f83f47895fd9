package vn.dtiplan.domain;

/** An edit that must name the version it was made on (to lose no one's update) named none. HTTP 428. */
public class VersionRequiredException extends DomainRuleException {

    public VersionRequiredException() {
        super("precondition.required");
    }
}
