package com.accountdesk.ui.launch;

import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.ui.common.Texts;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Every validation rule the wizard applies, in the user's words: the codes of {@link ClusterRules}
 * and {@link LaunchOptionRules}, and the few rules of the wizard's own. The one place a rule is worded.
 */
public final class RuleTexts {
    private RuleTexts() {
    }

    /** A cluster rule broken, in the user's words; null for none. */
    public static String say(ClusterRules.Problem p) {
        if (p == null) {
            return null;
        }
        return switch (p.code()) {
            case NAME_EMPTY -> Texts.get("launch.rule.nameEmpty");
            case NAME_TOO_LONG -> Texts.get("launch.rule.nameTooLong", String.valueOf(ClusterRules.MAX_NAME_LENGTH));
            case NAME_START -> Texts.get("launch.rule.nameStart");
            case NAME_CHARS -> Texts.get("launch.rule.nameChars");
            case NAME_END_HYPHEN -> Texts.get("launch.rule.nameEndHyphen");
            case NAME_TAKEN -> Texts.get("launch.rule.nameTaken", p.value());
            case ENVIRONMENT_FULL -> Texts.get("launch.rule.environmentFull", p.value());
            case ADMIN_USER_EMPTY -> Texts.get("launch.rule.adminUserEmpty");
            case ADMIN_USER_CHARS -> Texts.get("launch.rule.adminUserChars");
            case PASSWORD_EMPTY -> Texts.get("launch.rule.passwordEmpty");
            case PASSWORD_SHORT -> Texts.get("launch.rule.passwordShort", String.valueOf(ClusterRules.MIN_PASSWORD_LENGTH));
            case TAG_CHARS -> Texts.get("launch.rule.tagChars");
            case NODE_TYPE_EMPTY -> Texts.get("launch.rule.nodeTypeEmpty");
            case NODE_TYPE_CHARS -> Texts.get("launch.rule.nodeTypeChars");
            case SHARDS_RANGE -> Texts.get("launch.rule.shardsRange", String.valueOf(ClusterRules.MAX_SHARDS));
            case REPLICAS_RANGE -> Texts.get("launch.rule.replicasRange", String.valueOf(ClusterRules.MAX_REPLICAS));
            case NODES_RANGE -> Texts.get("launch.rule.nodesRange", String.valueOf(ClusterRules.MAX_SHARDS * ClusterRules.MAX_REPLICAS));
            case DISK_RANGE -> Texts.get("launch.rule.diskRange", String.valueOf(ClusterRules.MAX_DISK_GB));
            case NODES_MISMATCH -> {
                String[] productAndNodes = p.value().split(" ");
                yield Texts.get("launch.rule.nodesMismatch", productAndNodes[0], productAndNodes[1]);
            }
            case PORT_RANGE -> Texts.get("launch.rule.portRange");
            case PORTS_SAME -> Texts.get("launch.rule.portsSame");
            case ZOOKEEPER_VALUE -> Texts.get("launch.rule.zookeeperValue");
            case ZOOKEEPER_SIZE -> Texts.get("launch.rule.zookeeperSize");
        };
    }

    /** A launch-option rule broken, in the user's words; null for none. */
    static String words(LaunchOptionRules.Problem p) {
        if (p == null) {
            return null;
        }
        return switch (p.code()) {
            case IP_NOT_ADDRESS -> Texts.get("launch.rule.ipNotAddress", p.value());
            case IP_PREFIX_RANGE -> Texts.get("launch.rule.ipPrefixRange", p.value());
            case IP_TOO_MANY -> Texts.get("launch.rule.ipTooMany", LaunchOptionRules.MAX_IP_ENTRIES, p.value());
            case PORT_RANGE -> Texts.get("launch.rule.portRange");
            case PORT_TAKEN -> Texts.get("launch.rule.portTaken", p.value());
            case IDLE_HOURS_RANGE -> Texts.get("launch.rule.idleHoursRange", LaunchOptionRules.MAX_IDLE_HOURS);
            case TIME_FORMAT -> Texts.get("launch.rule.timeFormat", p.value());
            case SAME_TIMES -> Texts.get("launch.rule.sameTimes");
            case KEEPER_NAME -> Texts.get("launch.rule.keeperName");
            case KEEPER_WITH_ZOOKEEPER -> Texts.get("launch.rule.keeperWithZookeeper");
            case KEEPER_UNKNOWN -> Texts.get("launch.rule.keeperUnknown", p.value());
            case ZONE_UNKNOWN -> Texts.get("launch.rule.zoneUnknown", p.value());
            case LB_TYPE -> Texts.get("launch.rule.lbType");
            case STORAGE_CLASS_UNKNOWN -> Texts.get("launch.rule.storageClassUnknown", p.value());
        };
    }

    /** Every bad IP entry with its reason, one per line, as Allow Domains lists them; null for none. */
    static String ipProblems(List<LaunchOptionRules.Problem> problems) {
        return problems.isEmpty() ? null : String.join("\n", problems.stream().map(RuleTexts::words).toList());
    }

    /** A number field's problem: empty, not a whole number, or {@code rule}'s for the number typed. */
    static String number(String text, IntFunction<String> rule) {
        if (text == null || text.isBlank()) {
            return Texts.get("launch.rule.enterNumber");
        }
        Integer n = LaunchDraft.whole(text);
        return n == null ? Texts.get("launch.rule.wholeNumber") : rule.apply(n);
    }

    static String chooseEnvironment(boolean stillLoading) {
        return stillLoading ? Texts.get("launch.rule.environmentsLoading") : Texts.get("launch.rule.chooseEnvironment");
    }

    /** The confirmation's problem: not typed yet, or not the password; null when it matches. */
    static String passwordConfirmation(String password, String confirmation) {
        return confirmation.isEmpty() ? Texts.get("launch.rule.passwordAgain")
                : confirmation.equals(password) ? null : Texts.get("launch.rule.passwordsDiffer");
    }

    /** What a server's 400 said about a field, or a plain refusal when it said nothing. */
    static String serverRefused(String message) {
        return message == null || message.isBlank() ? Texts.get("launch.rule.serverRefused") : message;
    }
}
