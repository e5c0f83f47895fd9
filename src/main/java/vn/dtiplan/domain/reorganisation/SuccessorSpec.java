package vn.dtiplan.domain.reorganisation;

import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The unit that takes over: an existing unit in force (it absorbs the predecessors; only the code
 * counts) or a new unit with this code, name, level and parent. The code may be a predecessor's
 * (26506 was Phường 1 and is Phường Vũng Tàu from 1 July 2025).
 */
public record SuccessorSpec(String code, String name, UnitLevel level, String parentCode) {
}
