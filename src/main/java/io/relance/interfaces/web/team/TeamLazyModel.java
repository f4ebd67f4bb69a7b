package io.relance.interfaces.web.team;

import io.relance.application.common.Bounds;
import io.relance.application.team.TeamMember;
import io.relance.application.team.TeamService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** One page of the team at a time, keyed by the member's id. */
public class TeamLazyModel extends LazyDataModel<TeamMember> {

    private final transient TeamService team;

    public TeamLazyModel(TeamService team) {
        this.team = team;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) team.count();
    }

    @Override
    public List<TeamMember> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return team.page(Bounds.first(first), Bounds.size(pageSize));
    }

    @Override
    public String getRowKey(TeamMember member) {
        return String.valueOf(member.id());
    }

    @Override
    public TeamMember getRowData(String rowKey) {
        return team.member(Long.parseLong(rowKey));
    }
}
